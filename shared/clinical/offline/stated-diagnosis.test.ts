import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify.js';
import { statesDiagnosis } from './stated-diagnosis.js';

describe('statesDiagnosis (the diagnosis told in so many words)', () => {
  it('finds a short sentence that is only the patient having a problem', () => {
    for (const s of [
      'he has a right middle ear infection.',
      "you've got a urinary tract infection",
      'she has bronchitis',
      'so you have a mild ankle sprain',
    ])
      expect(statesDiagnosis(s), s).toBe(true);
  });

  it('leaves history, timing and longer talk alone', () => {
    for (const s of [
      'he has had a fever since tuesday',
      'she has a history of asthma',
      'you have a cough every morning',
      'he had an ear infection last winter',
      'you have a lot of swelling in both of your legs and feet tonight',
    ])
      expect(statesDiagnosis(s), s).toBe(false);
  });

  it("files the clinician's stated diagnosis under the assessment", () => {
    const input = {
      speaker: 'clinician' as const,
      text: 'he has a right middle ear infection',
      mode: undefined,
      hasVitals: false,
      hasDrug: false,
      hasProblem: true,
    };
    expect(classifySentence(input)).toBe('assessment');
    // The same words from the parent stay the history.
    expect(classifySentence({ ...input, speaker: 'patient' })).not.toBe('assessment');
  });
});
