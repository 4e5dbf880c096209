import { describe, expect, it } from 'vitest';
import { isPatientAccount } from './patient-account.js';
import { rewriteSentence } from './rewrite.js';

// Written for these tests: a patient's answer that one microphone ran into the clinician's turn.
describe("the patient's own history in the first person", () => {
  it('is recognised as the patient speaking', () => {
    for (const said of [
      'i was having really bad cramps before my period',
      'i even tried some tea tree oil on the rash',
      'i broke the same wrist when i was 12',
      'i had one in 2019 and they took out a polyp',
      "i've gotten another course of prednisone from urgent care",
      "i'm taking warfarin for the atrial fibrillation",
      "i haven't smoked anything in about ten years",
      'they tell me i snore a lot',
      'it happened as i was carrying the laundry down the stairs',
    ])
      expect(isPatientAccount(said)).toBe(true);
  });

  it("is not the clinician's own work or time", () => {
    for (const said of [
      'i was looking at your x-ray and the bone has healed',
      'i used a smaller needle for the injection this time',
      'i was 10 minutes late this morning',
      'i had a look at your blood work from march',
      "i'm taking you off the lisinopril for now",
      'it hurt when i was pressing on the inside of the knee',
    ])
      expect(isPatientAccount(said)).toBe(false);
  });

  it('is documented in the third person when the clinician was credited with it', () => {
    expect(
      rewriteSentence('i was having bad cramps and heavy bleeding last month', {
        speaker: 'clinician',
        pronoun: 'she',
      }),
    ).toBe('She was having bad cramps and heavy bleeding last month.');
  });
});
