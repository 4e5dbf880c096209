import { describe, expect, it } from 'vitest';
import { normalizeNumbers } from './numbers.js';
import { rewriteSentence } from './rewrite.js';

const patient = { speaker: 'patient' as const, pronoun: 'she' as const };
const clinician = { speaker: 'clinician' as const, pronoun: 'she' as const };

describe('normalizeNumbers', () => {
  it.each([
    ['for three days', 'for 3 days'],
    ['one twenty over eighty', '120/80'],
    ['a grade three out of six murmur', 'a grade 3/6 murmur'],
    ['ninety eight point six', '98.6'],
    ['forty milligrams', '40 mg'],
    ['one hundred and twenty five pounds', '125 pounds'],
    ['1,000 milligrams', '1000 mg'],
    ['this one is fine', 'this one is fine'],
    ['one day', '1 day'],
  ])('%s → %s', (input, output) => {
    expect(normalizeNumbers(input)).toBe(output);
  });
});

describe('rewriteSentence', () => {
  it('drops an apology in front of what is said', () => {
    expect(rewriteSentence("Sorry, I can't recall the name of the blue inhaler.", patient)).toBe(
      'She cannot recall the name of the blue inhaler.',
    );
    expect(rewriteSentence("Oh I'm sorry about that, the rash started on Monday.", patient)).toBe(
      'The rash started on Monday.',
    );
  });

  it('rewrites "your" before a comma and a standalone "yours"/"mine" in the patient\'s person', () => {
    // The comma left by the filler marked a pause, not a boundary (paused-commas.ts): it goes too.
    expect(rewriteSentence('Your pulse and your, um, oxygen level are normal.', clinician)).toBe(
      'Her pulse and her oxygen level are normal.',
    );
    expect(rewriteSentence('Yours came back at 6.1, which is borderline.', clinician)).toBe(
      'Hers came back at 6.1, which is borderline.',
    );
    expect(rewriteSentence('Yours is slightly low.', { speaker: 'clinician', pronoun: 'they' })).toBe(
      'Theirs is slightly low.',
    );
    expect(
      rewriteSentence('My sister has the same rash as mine.', { speaker: 'patient', pronoun: 'they' }),
    ).toMatch(/as theirs\.$/);
  });

  it('turns first-person complaints into concise third person', () => {
    expect(rewriteSentence("I've had this headache for three days", patient)).toBe(
      'Reports headache for 3 days.',
    );
    expect(rewriteSentence("i don't have any chest pain", patient)).toBe('Denies chest pain.');
    expect(
      rewriteSentence("so , um , i'm still forgetting to take my blood pressure medication .", patient),
    ).toBe('She is still forgetting to take her blood pressure medication.');
    expect(rewriteSentence('my knee hurts when i walk', { ...patient, pronoun: 'they' })).toBe(
      'Their knee hurts when the patient walks.',
    );
  });

  it('turns clinician orders into plan statements', () => {
    expect(rewriteSentence("I'm going to prescribe ibuprofen 400 mg", clinician)).toBe(
      'Ibuprofen 400 mg prescribed.',
    );
    expect(
      rewriteSentence('hey , dragon , order allopurinol , 100 milligrams , once daily .', clinician),
    ).toBe('Allopurinol 100 mg once daily ordered.');
    expect(
      rewriteSentence('i want you to continue on the omeprazole , 40 milligrams , once a day', clinician),
    ).toBe('Advised to continue on the omeprazole, 40 mg, once a day.');
  });

  it('rewrites second person findings and drops hedges', () => {
    expect(rewriteSentence('your lungs are clear .', { ...clinician, pronoun: 'he' })).toBe(
      'His lungs are clear.',
    );
    expect(rewriteSentence('i think you have an acute lumbar strain', { ...clinician, pronoun: 'he' })).toBe(
      'He has an acute lumbar strain.',
    );
  });
});

describe('rewriteSentence: conversation turned into documentation', () => {
  const doctor = { speaker: 'clinician' as const, pronoun: 'they' as const };
  it('states follow-up and findings as a note would', () => {
    expect(rewriteSentence("Come back in two days if you're not any better", doctor)).toBe(
      'Follow-up in 2 days if the patient is not any better.',
    );
    expect(rewriteSentence('On exam I hear a soft wheeze on the left', doctor)).toBe(
      'On exam, a soft wheeze on the left.',
    );
  });

  it('names the problem an order belongs to and drops the "let\'s"', () => {
    expect(
      rewriteSentence('For the next issue, for your reflux, let us continue the omeprazole', doctor),
    ).toBe('Reflux: omeprazole continued.');
    expect(rewriteSentence("let's stick with the inhaler for now", doctor)).toBe(
      'Plan to stick with the inhaler for now.',
    );
  });
});

describe('rewriteSentence: person and narration in words not taken from any data set', () => {
  const doctor = { speaker: 'clinician' as const, pronoun: 'they' as const };
  const patientThey = { speaker: 'patient' as const, pronoun: 'they' as const };

  it('agrees the verb with the patient after every "I"', () => {
    expect(rewriteSentence('I remember the date but I forget the dose', patient)).toBe(
      'She remembers the date but she forgets the dose.',
    );
    expect(rewriteSentence("I haven't been sleeping and I carry my inhaler everywhere", patientThey)).toBe(
      'The patient has not been sleeping and the patient carries their inhaler everywhere.',
    );
    expect(rewriteSentence('I fell and I hurt my wrist', patient)).toBe('She fell and she hurt her wrist.');
  });

  it('names the clinician the patient is speaking to, and reads the impersonal "you" as the patient', () => {
    expect(rewriteSentence('you told me to stop the naproxen', patient)).toBe(
      'The clinician told her to stop the naproxen.',
    );
    expect(rewriteSentence("it's been worse since I last saw you", patient)).toBe(
      'It has been worse since she last saw the clinician.',
    );
    expect(rewriteSentence('my hip aches when you climb stairs', patientThey)).toBe(
      'Their hip aches when the patient climbs stairs.',
    );
    // A question keeps its "you": it must stay recognisable as one.
    expect(rewriteSentence('do you think it will heal', patient)).toMatch(/\byou\b/);
  });

  it('keeps the finding and drops the narration around it', () => {
    expect(rewriteSentence('when I look at your sugars overall they are well controlled', doctor)).toBe(
      'They are well controlled.',
    );
    expect(rewriteSentence("here's the chest x-ray, which shows no infiltrate", doctor)).toBe(
      'The chest x-ray, which shows no infiltrate.',
    );
    expect(rewriteSentence('let me listen to your lungs real quick your lungs are clear', doctor)).toBe(
      'Their lungs are clear.',
    );
    expect(rewriteSentence('the rash is fading on the arms, is that still itching', doctor)).toBe(
      'The rash is fading on the arms.',
    );
  });

  it('keeps "you" as the object after a verb that takes a person and an action', () => {
    expect(rewriteSentence('the nurse will have you fill out the mood questionnaire', doctor)).toBe(
      'The nurse will have the patient fill out the mood questionnaire.',
    );
  });

  it('writes an instruction as advice given', () => {
    expect(rewriteSentence('Elevate the leg and call us if the swelling spreads', doctor)).toBe(
      'Advised to elevate the leg and call the clinic if the swelling spreads.',
    );
  });

  it('drops the announcement of the exam and keeps the findings after it', () => {
    expect(
      rewriteSentence(
        'sure, let me do a quick exam on you, your throat is red and your tonsils are swollen',
        {
          speaker: 'clinician',
          pronoun: 'he',
        },
      ),
    ).toBe('His throat is red and his tonsils are swollen.');
  });

  it('writes an order said as an offer inside a run-on, and never makes a pronoun the thing ordered', () => {
    const clinician = { speaker: 'clinician' as const, pronoun: 'she' as const };
    expect(rewriteSentence('her sugars are high and let me order an a1c', clinician)).toBe(
      'Her sugars are high and will order an a1c.',
    );
    expect(rewriteSentence("we'll get it under better control", clinician)).toBe(
      'Will get it under better control.',
    );
  });

  it('drops "I am thinking" before an estimate', () => {
    expect(
      rewriteSentence('i am thinking probably twice a week of physical therapy', {
        speaker: 'clinician',
        pronoun: 'he',
      }),
    ).toBe('Probably twice a week of physical therapy.');
  });

  it("drops the examiner's hands on what is pointed at and keeps the finding", () => {
    expect(
      rewriteSentence("i'll press on this a little the anterior drawer test is negative", {
        speaker: 'clinician',
        pronoun: 'she',
      }),
    ).toBe('The anterior drawer test is negative.');
  });

  it('reads a "you" left in a sentence given to the patient as the patient spoken to', () => {
    const patient = { speaker: 'patient' as const, pronoun: 'they' as const };
    expect(rewriteSentence('your ankles are puffier than last month', patient)).toBe(
      'Their ankles are puffier than last month.',
    );
    expect(rewriteSentence('the cough is better now thank you', patient)).toBe('The cough is better now.');
    // The clinician spoken to stays the clinician, and a question keeps its "you".
    expect(rewriteSentence('you told me to stop the aspirin', patient)).toBe(
      'The clinician told the patient to stop the aspirin.',
    );
    expect(rewriteSentence('do you want me to keep taking it', patient)).toMatch(/^Do you\b/);
  });

  it('drops the announcement of the assessment and plan made to the patient', () => {
    expect(
      rewriteSentence(
        'let me tell you a little about my assessment and plan, your knee pain is from arthritis',
        {
          speaker: 'clinician',
          pronoun: 'he',
        },
      ),
    ).toBe('His knee pain is from arthritis.');
  });
});

describe('rewriteSentence, plans proposed with "let\'s" and orders with what cannot be ordered', () => {
  it('writes any "let\'s" before a plan verb as the plan', () => {
    expect(rewriteSentence("let's bump the furosemide up to 40 mg twice a day", clinician)).toBe(
      'Plan to bump the furosemide up to 40 mg twice a day.',
    );
    expect(rewriteSentence("let's recheck her weight on Friday", clinician)).toBe(
      'Plan to recheck her weight on Friday.',
    );
    expect(rewriteSentence("let's plan on a video visit in two weeks", clinician)).toBe(
      'Plan on a video visit in 2 weeks.',
    );
  });

  it('refers to a service, never makes a clause or a place the thing ordered', () => {
    expect(rewriteSentence("I'm going to refer you to child psychiatry", clinician)).toBe(
      'Referred to child psychiatry.',
    );
    expect(rewriteSentence("I'd like to get you in for an ankle x-ray", clinician)).toBe(
      'Ankle x-ray ordered.',
    );
    expect(rewriteSentence("I'd recommend we hold off on the splint", clinician)).toBe(
      'Will recommend we hold off on the splint.',
    );
    expect(rewriteSentence("let me check your blood pressure again, it's 148 over 90", clinician)).toBe(
      // The act of checking goes; what it found stays, with what was checked as its subject.
      'Her blood pressure is 148/90.',
    );
  });

  it('drops dictation about the note template', () => {
    expect(rewriteSentence('use my normal exam template, lungs clear, no edema', clinician)).toBe(
      'Lungs clear, no edema.',
    );
  });
});

describe('rewriteSentence, dictation closing the note', () => {
  it('drops "end of dictation" and the first person of the template dictation', () => {
    expect(
      rewriteSentence('she will follow up in 6 weeks for a repeat echo end of dictation', clinician),
    ).toBe('She will follow up in 6 weeks for a repeat echo.');
    expect(rewriteSentence('I used my normal exam template for the heart, regular rhythm', clinician)).toBe(
      'The heart, regular rhythm.',
    );
  });

  it('drops the closing question of a review of systems', () => {
    expect(
      rewriteSentence('no fever, no cough, no rash, anything else that I might have missed', clinician),
    ).toBe('No fever, no cough, no rash.');
  });
});

describe('rewriteSentence, "let me" offers and "here\'s the thing"', () => {
  it('writes "let me" before an act as what the clinician will do', () => {
    expect(rewriteSentence('let me write you a prescription for cetirizine 5 mg daily', clinician)).toBe(
      'Will write her a prescription for cetirizine 5 mg daily.',
    );
    expect(rewriteSentence('let me get the nurse to weigh you before you leave', clinician)).toBe(
      'Will get the nurse to weigh her before she leaves.',
    );
  });

  it('drops "here\'s the thing" and a manoeuvre named "that"', () => {
    expect(rewriteSentence("so here's the thing, his wheeze is worse at night", clinician)).toBe(
      'His wheeze is worse at night.',
    );
    expect(rewriteSentence('she has pain in the shoulder when I do that maneuver', clinician)).toBe(
      'She has pain in the shoulder with that maneuver.',
    );
  });
});
