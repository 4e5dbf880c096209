import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify.js';
import { rewriteSentence } from './rewrite.js';

const clinician = (text: string, found: { hasDrug?: boolean; hasProblem?: boolean } = {}) =>
  classifySentence({
    speaker: 'clinician',
    text,
    mode: undefined,
    hasVitals: false,
    hasDrug: found.hasDrug ?? false,
    hasProblem: found.hasProblem ?? false,
  });

describe("the clinician's return precautions, plans and diagnoses said in everyday words", () => {
  it('takes a return precaution with an exam word in its condition as the plan (paediatric, eye)', () => {
    expect(
      clinician(
        'if the rash spreads or there is swelling around her eye, or she stops drinking, bring her back in',
      ),
    ).toBe('plan');
    expect(clinician('if the redness reaches your knee, call the office')).toBe('plan');
    expect(clinician('if your vision gets blurry, you need to be seen the same day')).toBe('plan');
    // A finding said with no instruction stays the exam.
    expect(clinician('there is swelling around the left eye')).toBe('exam');
  });

  it('takes a treatment or test the clinician will do as the plan (urology, allergy)', () => {
    expect(clinician("we'll do nitrofurantoin for five days", { hasDrug: true })).toBe('plan');
    expect(clinician('if the hives keep coming back we can do allergy testing')).toBe('plan');
    // Doing the exam is no plan.
    expect(clinician("let's do a quick look at your throat")).toBeUndefined();
  });

  it('takes the diagnosis told with where it is as the assessment, not one with a history (sprain, otitis)', () => {
    expect(clinician('so she has a bad sprain of the left wrist', { hasProblem: true })).toBe('assessment');
    expect(clinician("okay he's got an ear infection on the left side", { hasProblem: true })).toBe(
      'assessment',
    );
    expect(clinician("he's had an ear infection on the left side since friday", { hasProblem: true })).toBe(
      'hpi',
    );
  });
});

describe('a return precaution that ends in being seen', () => {
  it('reads as advice with its condition after it (ophthalmology)', () => {
    expect(
      rewriteSentence(
        'If your vision gets blurry or the eye becomes very painful, you need to be seen the same day.',
        {
          speaker: 'clinician',
          pronoun: 'they',
        },
      ),
    ).toBe('Advised to be seen the same day if their vision gets blurry or the eye becomes very painful.');
  });
});
