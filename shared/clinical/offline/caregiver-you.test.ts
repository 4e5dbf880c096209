import { describe, expect, it } from 'vitest';
import { caregiverGives } from './caregiver-you.js';
import { rewriteSentence } from './rewrite.js';

describe('caregiverGives (the one spoken to gives the medicine)', () => {
  it("writes a carer's giving as the caregiver's", () => {
    expect(caregiverGives('you can give acetaminophen for the fever')).toBe(
      'the caregiver may give acetaminophen for the fever',
    );
    expect(caregiverGives('you may give her the inhaler 15 minutes before sports')).toBe(
      'the caregiver may give the inhaler 15 minutes before sports',
    );
    expect(
      rewriteSentence('You can also give him ibuprofen 100 mg every six hours.', {
        speaker: 'clinician',
        pronoun: 'they',
      }),
    ).toMatch(/^The caregiver may give ibuprofen 100 mg every 6 hours\.$/);
  });

  it("writes the giving as the caregiver's when a brand name or a choice of two follows (paediatric fever)", () => {
    expect(caregiverGives('you can give tylenol or motrin for the fever')).toBe(
      'the caregiver may give tylenol or motrin for the fever',
    );
    expect(caregiverGives('you could give motrin every 6 hours if she is fussy')).toBe(
      'the caregiver may give motrin every 6 hours if she is fussy',
    );
    expect(caregiverGives('you can give zyrtec when the pollen is high')).toBe(
      'the caregiver may give zyrtec when the pollen is high',
    );
  });

  it("writes the giving as the caregiver's whoever the sentence was taken to be said by", () => {
    for (const speaker of ['patient', 'other', 'clinician'] as const)
      expect(
        rewriteSentence('you can give tylenol or motrin for the fever', { speaker, pronoun: 'they' }),
        speaker,
      ).toBe('The caregiver may give tylenol or motrin for the fever.');
  });

  it("leaves the patient's own doses and idioms alone", () => {
    for (const s of [
      'you can give yourself the injection',
      'you can give us a call',
      'you can give it a try',
    ])
      expect(caregiverGives(s), s).toBe(s);
  });
});
