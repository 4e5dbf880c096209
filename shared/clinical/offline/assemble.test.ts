import { describe, expect, it } from 'vitest';
import type { TemplateBody } from '../template.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { assembleNote, routeCategories } from './assemble.js';
import { classifySentence } from './classify.js';
import type { Fact } from './types.js';

const base = { mode: undefined, hasVitals: false, hasDrug: false, hasProblem: false };

describe('classifySentence (speaker-aware cues)', () => {
  it("puts a clinician's reasoning in the assessment and their plans, in plain words, in the plan", () => {
    const clinician = { ...base, speaker: 'clinician' as const, mode: 'exam' as const };
    expect(
      classifySentence({
        ...clinician,
        text: 'given the wheeze and the night cough, this is most likely asthma',
        hasProblem: true,
      }),
    ).toBe('assessment');
    expect(classifySentence({ ...clinician, text: "let's use a steroid cream twice a day for a week" })).toBe(
      'plan',
    );
    expect(
      classifySentence({ ...base, speaker: 'clinician', text: 'i think the best course is a walking boot' }),
    ).toBe('plan');
    expect(
      classifySentence({ ...base, speaker: 'clinician', text: 'come back if the swelling gets worse' }),
    ).toBe('follow-up');
  });

  it('routes patient symptoms and history to the subjective categories', () => {
    expect(
      classifySentence({
        ...base,
        speaker: 'patient',
        text: "i've had a cough for 3 days",
        hasProblem: true,
      }),
    ).toBe('symptom');
    expect(
      classifySentence({
        ...base,
        speaker: 'patient',
        text: 'i had knee surgery about ten years ago on that side',
      }),
    ).toBe('history');
    expect(classifySentence({ ...base, speaker: 'patient', text: "i'm allergic to penicillin" })).toBe(
      'allergy',
    );
    expect(classifySentence({ ...base, speaker: 'patient', text: 'i smoke about a pack a day' })).toBe(
      'social',
    );
  });

  it('routes clinician exam, results, plan and follow-up by cue words', () => {
    expect(
      classifySentence({
        ...base,
        speaker: 'clinician',
        text: 'there is tenderness to palpation of the right knee',
      }),
    ).toBe('exam');
    expect(classifySentence({ ...base, speaker: 'clinician', text: 'your x-ray shows no fracture' })).toBe(
      'results',
    );
    expect(
      classifySentence({
        ...base,
        speaker: 'clinician',
        text: "i'm going to prescribe ibuprofen 400 mg",
        hasDrug: true,
      }),
    ).toBe('plan');
    expect(
      classifySentence({ ...base, speaker: 'clinician', text: 'i want to see you back in 2 weeks' }),
    ).toBe('follow-up');
    expect(
      classifySentence({ ...base, speaker: 'clinician', text: 'blood pressure 120/80', hasVitals: true }),
    ).toBe('vitals');
  });

  it('follows a dictated header: after "assessment and plan" statements are assessment or plan', () => {
    const mode = 'assessment' as const;
    expect(
      classifySentence({
        ...base,
        mode,
        speaker: 'clinician',
        text: 'for your first problem your reflux is not controlled',
      }),
    ).toBe('assessment');
    expect(
      classifySentence({
        ...base,
        mode,
        speaker: 'clinician',
        text: 'continue the omeprazole 40 mg once a day',
      }),
    ).toBe('plan');
  });

  it('drops chatter with nothing to document', () => {
    expect(classifySentence({ ...base, speaker: 'patient', text: 'it was fine' })).toBeUndefined();
  });
});

describe('assembleNote', () => {
  const fact = (category: Fact['category'], text: string): Fact => ({
    category,
    text,
    evidence: [{ seq: 0, start: 0, end: 1 }],
  });

  it('places facts in the SOAP sections via the template rules', () => {
    const note = assembleNote(
      [
        fact('symptom', 'Cough.'),
        fact('exam', 'Lungs clear.'),
        fact('assessment', 'Bronchitis.'),
        fact('follow-up', 'Return in 2 weeks.'),
      ],
      getBuiltinTemplate('soap'),
    );
    expect(note.sections.map((s) => [s.id, s.sentences.map((x) => x.text)])).toEqual([
      ['subjective', ['Cough.']],
      ['objective', ['Lungs clear.']],
      ['assessment', ['Bronchitis.']],
      ['plan', ['Return in 2 weeks.']],
    ]);
    expect(note.drafter).toBe('offline');
    expect(note.sections[0]?.sentences[0]).toMatchObject({ id: 'subjective-1', support: 'supported' });
  });

  it('falls back to the nearest section when a template has no rule for a category', () => {
    const template: TemplateBody = {
      name: 'Two part',
      specialty: 'general',
      style: 'paragraphs',
      sections: [
        { id: 'history', title: 'History', description: '', guidance: '', rules: { categories: ['hpi'] } },
        { id: 'plan', title: 'Plan', description: '', guidance: '', rules: { categories: ['plan'] } },
      ],
    };
    const routes = routeCategories(template);
    expect(routes.get('ros')).toBe('history');
    expect(routes.get('follow-up')).toBe('plan');
    expect(routes.get('assessment')).toBe('plan');
    expect(routes.get('vitals')).toBe('history');
  });
});
