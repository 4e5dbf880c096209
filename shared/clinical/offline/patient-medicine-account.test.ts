import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { isPatientAccount } from './patient-account.js';
import { takesOwnMedicine } from './patient-medicine-account.js';
import { rewriteSentence } from './rewrite.js';

// A patient's account of their own medicine given to the clinician by a wrong role guess. Sentences
// written for these tests (heart failure, asthma, mental health, sprain).
describe('how a patient takes their own medicine', () => {
  it('is the patient speaking, whatever the label says', () => {
    for (const s of [
      "I've been taking my Lasix every morning",
      'I usually take the naproxen with breakfast',
      'I have been using the inhaler twice a day',
      "I only take my lorazepam when I can't sleep",
      "I haven't missed any doses of the lithium",
      'I forgot to take my pills twice this week',
    ])
      expect(takesOwnMedicine(s) && isPatientAccount(s), s).toBe(true);
  });

  it('is not the clinician about their own work', () => {
    for (const s of [
      'I usually take a look at the ankle after it has been iced',
      "I've been using the template for these visits",
      'I always take the history before the exam',
      'I take the blood pressure in both arms',
    ])
      expect(takesOwnMedicine(s), s).toBe(false);
  });

  it('is written in the third person when the clinician was guessed', () => {
    const s = rewriteSentence("I've been taking my Lasix every morning like you said.", {
      speaker: 'clinician',
      pronoun: 'he',
    });
    expect(s).toBe('He has been taking his Lasix every morning like the clinician said.');
    expect(proseDefects(s)).toEqual([]);
    expect(
      rewriteSentence("I haven't missed any doses of the lithium.", { speaker: 'clinician', pronoun: 'she' }),
    ).toBe('She has not missed any doses of the lithium.');
  });
});
