import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { examFinding } from './exam-narration.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const said = (spoken: string) => {
  const found = examFinding(spoken);
  return found && { text: found.text, words: found.ranges.map(([a, b]) => spoken.slice(a, b)) };
};

describe('exam narration written as the findings it states', () => {
  it('keeps the spoken finding after the act of examining', () => {
    expect(said("let's go ahead and look at your feet, you have some pitting edema to the shins")).toEqual({
      text: 'Pitting edema to the shins.',
      words: ['pitting edema to the shins'],
    });
    expect(said("so what i'm seeing on the exam is some redness in the back of the throat")?.text).toBe(
      'Redness in the back of the throat.',
    );
    expect(said("when i bend your knee like this it's painful for you on the inside")?.text).toBe(
      'Knee painful on the inside with bending.',
    );
    expect(said('i want you to walk across the room for me, your gait looks steady')?.text).toBe(
      'Gait steady.',
    );
    expect(said("I'm feeling the lymph nodes in your neck and they are a little swollen")).toEqual({
      text: 'Neck lymph nodes mildly swollen.',
      words: ['lymph nodes in your neck', 'they are a little swollen'],
    });
  });

  it('reads other visits the same way (ear, volume, telehealth)', () => {
    expect(said('let me look in his ears, the left eardrum is red and bulging')?.text).toBe(
      'Left eardrum red and bulging.',
    );
    expect(said('let me press on your legs, there is pitting edema up to the knees')?.text).toBe(
      'Pitting edema up to the knees.',
    );
    expect(said('show me your ankle, it looks swollen on the outside')?.text).toBe(
      'Ankle swollen on the outside.',
    );
  });

  it('leaves narration without a finding to the other rules', () => {
    expect(examFinding("let's look at your feet, do you have any questions?")).toBeUndefined();
    expect(examFinding('let me listen to your heart')).toBeUndefined();
    expect(examFinding('my knee hurts when i bend it')).toBeUndefined();
    // Speech recognition drops the question mark: "when I move your kneecap does it hurt" asks.
    expect(examFinding('when i move your kneecap does it hurt')).toBeUndefined();
    expect(examFinding('when i press on your belly is it tender')).toBeUndefined();
  });

  it('places each finding on the exam with evidence covering its words (unlabelled visit)', () => {
    const lines = [
      'my legs have been swelling and i get winded on the stairs.',
      "let's go ahead and look at your feet, you have some pitting edema to the shins.",
      "I'm feeling the lymph nodes in your neck and they are a little swollen.",
      'i want you to walk across the room for me, your gait looks steady.',
    ];
    const segments = withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as const, text })));
    const content = draftOffline(segments, getBuiltinTemplate('soap'), loadOfflineResources()).content;
    const objective = content.sections.find((s) => s.id === 'objective')?.sentences ?? [];
    const subjective = content.sections.find((s) => s.id === 'subjective')?.sentences ?? [];
    for (const finding of [
      'Pitting edema to the shins.',
      'Neck lymph nodes mildly swollen.',
      'Gait steady.',
    ]) {
      const sentence = objective.find((s) => s.text === finding);
      expect(sentence, finding).toBeDefined();
      const evidence = (sentence?.evidence ?? [])
        .map((e) => segments.find((x) => x.seq === e.seq)?.text.slice(e.start, e.end) ?? '')
        .join(' ')
        .toLowerCase();
      for (const word of finding
        .toLowerCase()
        .replace(/\./, '')
        .split(' ')
        .filter((w) => w !== 'mildly'))
        expect(evidence).toContain(word);
    }
    expect(subjective.map((s) => s.text).join(' ')).not.toMatch(/edema|gait/i);
  });
});
