import { describe, expect, it } from 'vitest';
import { continuesFindings } from './findings-run.js';
import { sentenceUnit } from './test-support/sentence-unit.js';

describe('continuesFindings (an examiner states findings one after another)', () => {
  it('gives the next finding of the same segment to the clinician', () => {
    // Heart failure: the bases, then the heart; a sprain: the other side; a child's throat.
    for (const text of [
      'The heart sounds are regular.',
      'The other one looks normal.',
      'Her throat is clear.',
    ])
      expect(continuesFindings(sentenceUnit(text, 'other', 0.7, 3), 3).speaker, text).toBe('clinician');
  });

  it("keeps another segment's sentence, anyone's first person, questions and recorded speakers", () => {
    expect(continuesFindings(sentenceUnit('The other one looks normal.', 'patient', 0.8, 4), 3).speaker).toBe(
      'patient',
    );
    expect(continuesFindings(sentenceUnit('My throat is red.', 'patient', 0.8, 3), 3).speaker).toBe(
      'patient',
    );
    expect(continuesFindings(sentenceUnit('Her throat is red.', 'patient', undefined, 3), 3).speaker).toBe(
      'patient',
    );
    expect(
      continuesFindings(
        { ...sentenceUnit('Is the other one normal', 'patient', 0.6, 3), isQuestion: true },
        3,
      ).speaker,
    ).toBe('patient');
    // A remark with no finding in it stays where the role model put it.
    expect(continuesFindings(sentenceUnit('He was up all night.', 'other', 0.7, 3), 3).speaker).toBe('other');
    expect(
      continuesFindings(sentenceUnit('The left one looks normal.', 'other', 0.7, 3), undefined).speaker,
    ).toBe('other');
  });
});
