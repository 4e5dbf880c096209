import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify.js';
import { isPatientAccount } from './patient-account.js';
import { secondToThird } from './person.js';
import { rewriteSentence } from './rewrite.js';

const clinician = (text: string, pronoun: 'she' | 'he' = 'she') =>
  rewriteSentence(text, { speaker: 'clinician', pronoun });

describe('clinician rewrites that stay grammatical', () => {
  it('puts "you" after a verb and before a preposition in the object case', () => {
    expect(clinician('I will message you through the portal.')).toBe('Will message her through the portal.');
    expect(secondToThird(' text you tonight with the numbers', 'he')).toBe(
      'text him tonight with the numbers',
    );
  });

  it('conjugates any verb whose subject "you" follows if, when, until or unless', () => {
    expect(clinician('Call me if you develop chest pain.')).toMatch(/if she develops chest pain/);
    expect(clinician('Come back if you start having fevers.', 'he')).toMatch(/if he starts having fevers/);
    expect(secondToThird(' call if the rash spreads or you develop a fever', 'she')).toBe(
      'call if the rash spreads or she develops a fever',
    );
    expect(secondToThird(' keep the splint on until you finish therapy', 'she')).toBe(
      'keep the splint on until she finishes therapy',
    );
  });

  it('keeps the reason for an order after its participle', () => {
    expect(clinician('We will hold the ibuprofen since your kidney numbers are up.')).toBe(
      'Ibuprofen held since her kidney numbers are up.',
    );
    expect(clinician('Let us stop the lisinopril because your potassium is high.')).toBe(
      'Lisinopril discontinued because her potassium is high.',
    );
    expect(clinician('I will refer you to cardiology because of the murmur.', 'he')).toBe(
      'Referred to cardiology because of the murmur.',
    );
  });

  it('reads holding or tapering a medicine as the plan, its owner left out of the order', () => {
    for (const text of [
      'we will hold the metformin until your kidney function improves',
      "i'm going to taper the prednisone over two weeks",
    ])
      expect(
        classifySentence({
          speaker: 'clinician',
          text,
          mode: undefined,
          hasVitals: false,
          hasDrug: true,
          hasProblem: false,
        }),
      ).toBe('plan');
    expect(clinician('I will hold your lisinopril since your potassium is high.')).toBe(
      'Lisinopril held since her potassium is high.',
    );
  });

  it("reads a clinician's palpation as a finding, not the patient's feeling", () => {
    expect(isPatientAccount('I feel a little fluid in the knee')).toBe(false);
    expect(clinician('I feel a little fluid in the knee.')).toBe('On exam, a little fluid in the knee.');
    // The patient's own feeling said in a clinician-labelled turn is still theirs.
    expect(isPatientAccount('I feel a little dizzy when I stand up')).toBe(true);
  });
});
