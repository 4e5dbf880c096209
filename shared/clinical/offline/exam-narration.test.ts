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

const NARRATED: Array<[string, string]> = [
  [
    "let's go ahead and look at your feet, you have some pitting edema to the shins",
    'Pitting edema to the shins.',
  ],
  [
    "so what i'm seeing on the exam is some redness in the back of the throat",
    'Redness in the back of the throat.',
  ],
  [
    "when i bend your knee like this it's painful for you on the inside",
    'Knee painful on the inside with bending.',
  ],
  ['i want you to walk across the room for me, your gait looks steady', 'Gait steady.'],
  [
    "I'm feeling the lymph nodes in your neck and they are a little swollen",
    'Neck lymph nodes mildly swollen.',
  ],
  // A child's ear exam, a heart-failure volume exam, a telehealth ankle.
  ['let me look in his ears, the left eardrum is red and bulging', 'Left eardrum red and bulging.'],
  ['let me press on your legs, there is pitting edema up to the knees', 'Pitting edema up to the knees.'],
  ['show me your ankle, it looks swollen on the outside', 'Ankle swollen on the outside.'],
  // An intensifier is kept as plainly as it was said, never graded up to "markedly".
  ['let me listen to your lungs, they sound pretty good', 'Lungs good.'],
  ["let me feel your belly, it's really soft", 'Belly very soft.'],
];
const NOT_FINDINGS = [
  "let's look at your feet, do you have any questions?",
  'let me listen to your heart',
  'my knee hurts when i bend it',
  // Speech recognition drops the question mark: "when I move your kneecap does it hurt" asks.
  'when i move your kneecap does it hurt',
  'when i press on your belly is it tender',
];

describe('exam narration written as the findings it states', () => {
  it.each(NARRATED)('%s', (spoken, text) => {
    expect(examFinding(spoken)?.text).toBe(text);
  });

  it('gives the words of the body part and the finding as evidence', () => {
    expect(said("I'm feeling the lymph nodes in your neck and they are a little swollen")?.words).toEqual([
      'lymph nodes in your neck',
      'they are a little swollen',
    ]);
    expect(
      said("let's go ahead and look at your feet, you have some pitting edema to the shins")?.words,
    ).toEqual(['pitting edema to the shins']);
  });

  it.each(NOT_FINDINGS)('leaves "%s" to the other rules', (spoken) => {
    expect(examFinding(spoken)).toBeUndefined();
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
