import { describe, expect, it } from 'vitest';
import { roleFeatures } from './role-features.js';

// Sentences of our own, none from ACI-Bench or MTS-Dialog.
const cuesOf = (text: string, isQuestion = false) =>
  roleFeatures({ text, isQuestion, index: 5 }).filter((f) => f.startsWith('cue:'));

describe('role cues that carry across wording', () => {
  it('reads a clinician directing, planning, diagnosing and examining whatever the specialty', () => {
    expect(cuesOf("I'd like you to keep a food diary for a fortnight.")).toContain('cue:directive');
    expect(cuesOf('Make sure she finishes the whole course.')).toContain('cue:directive');
    expect(cuesOf("We'll get a chest x-ray before you go.")).toContain('cue:plan');
    expect(cuesOf("Let's bump the lithium up a little.")).toContain('cue:plan');
    expect(cuesOf("I'm going to refer you to the fracture clinic.")).toContain('cue:plan');
    expect(cuesOf('Looks like shingles to me.')).toContain('cue:diagnosis');
    expect(cuesOf("So what you've got is a frozen shoulder.")).toContain('cue:diagnosis');
    expect(cuesOf('I think this is a flare of your gout.')).toContain('cue:diagnosis');
    expect(cuesOf("Let me feel your tummy, tell me if it's sore.")).toContain('cue:exam-announce');
    expect(cuesOf('Lean forward for me.')).toContain('cue:exam-announce');
    expect(cuesOf('The right eardrum is bulging and the throat is red.')).toContain('cue:exam-finding');
  });

  it("leaves a patient's own account and worries without clinician cues", () => {
    expect(cuesOf('I think I pulled something lifting the boxes.')).toEqual([]);
    expect(cuesOf('My knee has been swollen since the wedding.')).toEqual([]);
    expect(cuesOf("I'm going to my sister's next week.")).toEqual([]);
  });

  it('tells who a question is about and how it opens', () => {
    const features = roleFeatures({ text: 'Will I need an operation?', isQuestion: true, index: 9 });
    expect(features).toContain('ask-person:i');
    expect(features).toContain('ask-first:will');
    const answer = roleFeatures({
      text: 'Two weeks, maybe.',
      isQuestion: false,
      index: 4,
      previous: { text: 'How long has the rash been there?', isQuestion: true },
    });
    expect(answer).toContain('after-ask:person:none');
    expect(answer).toContain('prev:ask-person:none');
  });

  it("lends a neighbour's cue: a short reply after a plan", () => {
    const features = roleFeatures({
      text: 'Okay, thanks.',
      isQuestion: false,
      index: 12,
      previous: { text: "We'll start you on an inhaler twice a day.", isQuestion: false },
    });
    expect(features).toContain('prev:cue:plan');
  });
});
