import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify.js';
import { namesLaySymptom } from './lay-symptoms.js';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

describe('what the patient feels, in everyday words, is their history', () => {
  it('knows everyday symptom words and leaves other talk alone', () => {
    expect(namesLaySymptom('my calves have been cramping at night')).toBe(true);
    expect(namesLaySymptom("i can't sleep, i just lie awake going over things")).toBe(true);
    expect(namesLaySymptom('my fingers go numb when i type')).toBe(true);
    expect(namesLaySymptom('we drove up from the coast on sunday')).toBe(false);
    expect(namesLaySymptom('the parking here is a nightmare')).toBe(false);
  });

  it("keeps a grieving patient's account of sleep and tears (mental health)", () => {
    const note = draftUnlabelled([
      'How have you been managing since the funeral?',
      'Not well. I keep crying and I barely sleep.',
      'My appetite has gone too.',
      'Have you had any thoughts of ending your life?',
      'No, nothing like that.',
    ]);
    expect(note.text('subjective')).toMatch(/keeps crying/);
    expect(note.text('subjective')).toMatch(/appetite has gone/);
  });

  it('keeps the swelling and breathlessness a heart-failure patient describes', () => {
    const note = draftUnlabelled([
      'What has changed since last month?',
      'My feet are so puffy I cannot get my shoes on, and I get winded walking to the mailbox.',
      'Are you taking the water tablet every day?',
      'Most days, yes.',
    ]);
    expect(note.text('subjective')).toMatch(/puffy/);
    expect(note.text('subjective')).toMatch(/winded/);
  });
});

describe("the clinician's plan said as 'we can', 'we'll also' or 'my plan is'", () => {
  it('goes under Plan, not Subjective or Objective (dermatology, lipids)', () => {
    const note = draftUnlabelled([
      'The itching on your shins has not settled with the cream?',
      'No, it is worse at night.',
      'I think we can switch you to a stronger steroid ointment for two weeks.',
      'Okay, that sounds fine to me.',
      "We'll also recheck your cholesterol with the next blood test.",
    ]);
    const plan = note.text('plan');
    expect(plan).toMatch(/stronger steroid ointment/);
    expect(plan).toMatch(/recheck (?:your|their) cholesterol/);
    const history = note
      .sentences('subjective')
      .filter((s) => !s.text.startsWith('Chief complaint'))
      .map((s) => s.text)
      .join(' ');
    expect(history).not.toMatch(/steroid ointment|cholesterol/);
    expect(note.text('objective')).not.toMatch(/cholesterol/);
  });

  it("classifies the clinician's stated plan as the plan, before the test it names", () => {
    const clinician = (text: string) =>
      classifySentence({
        speaker: 'clinician',
        text,
        mode: undefined,
        hasVitals: false,
        hasDrug: false,
        hasProblem: false,
      });
    expect(clinician('my plan is to get an mri of your knee')).toBe('plan');
    expect(clinician("we're going to bump up the water pill to 40")).toBe('plan');
    expect(clinician('we could try a nasal steroid spray')).toBe('plan');
    // Results read out and talk about getting along are no plan.
    expect(clinician('your cholesterol came back at 6.2')).toBe('results');
    expect(clinician('we could get along fine')).toBeUndefined();
  });
});
