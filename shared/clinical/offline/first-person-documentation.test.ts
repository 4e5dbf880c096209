import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { rewriteSentence } from './rewrite.js';

// The clinician's own worries and goals, as the note states them. Sentences written for these tests
// (heart failure, paediatrics, mental health).
const asClinician = (s: string) => rewriteSentence(s, { speaker: 'clinician', pronoun: 'he' });

describe("the clinician's concern, worry or goal", () => {
  it('is stated without the first person', () => {
    const cases: Array<[string, string]> = [
      [
        'My concern is that the fluid is building up again, so I want to get an echo.',
        'The concern is that the fluid is building up again, so will order an echo.',
      ],
      ['My worry is that he is not gaining weight.', 'The worry is that he is not gaining weight.'],
      ['My goal is to get his sleep back on track.', 'The goal is to get his sleep back on track.'],
    ];
    for (const [said, documented] of cases) {
      const s = asClinician(said);
      expect(s, said).toBe(documented);
      expect(proseDefects(s), s).toEqual([]);
    }
  });
});
