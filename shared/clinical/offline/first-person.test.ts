import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { isClinicianOpinion } from './clinician-opinion.js';
import { extractFacts } from './facts.js';
import { isPatientAccount } from './patient-account.js';
import { firstToThird } from './person.js';
import { builtinResources } from './resources.js';
import { rewriteSentence } from './rewrite.js';

// First-person speech as documentation, by who is likely to have said it. Sentences written for these
// tests (sprain, heart failure, paediatrics, mental health, telehealth follow-up).
const asClinician = (s: string) => rewriteSentence(s, { speaker: 'clinician', pronoun: 'she' });
const clean = (s: string) => expect(proseDefects(s), s).toEqual([]);

describe('a patient account given to the clinician by a wrong label', () => {
  it('reads age, weight, habits, admissions, medicines and illnesses of one own as the patient', () => {
    for (const s of [
      "I'm 67 years old and I still mow the lawn",
      'I just turned 15',
      "I've lost 12 pounds since the water pill was started",
      'I quit smoking when my daughter was born',
      'I was hospitalized for fluid on my lungs in March',
      "I'm taking the sertraline every morning",
      'I tried to take the ibuprofen but it upset my stomach',
      'I had a bad headache after the video visit',
      'my sister has bipolar disorder',
    ])
      expect(isPatientAccount(s), s).toBe(true);
  });

  it('leaves the clinician about their own work alone', () => {
    for (const s of [
      "I'm taking a look at the swelling on your ankle",
      'I am 100% sure this is a sprain',
      'I had a look at your weights from the scale',
      "I'm on call this weekend if the breathing gets worse",
    ])
      expect(isPatientAccount(s), s).toBe(false);
  });

  it('writes such a sentence in the third person', () => {
    const s = asClinician("I've lost 12 pounds since the water pill was started");
    expect(s).toBe('She has lost 12 pounds since the water pill was started.');
    clean(s);
    expect(asClinician("I'm 67 years old")).toBe('She is 67 years old.');
  });
});

describe('firstToThird before a pause', () => {
  it('turns "my" before a comma into the patient', () => {
    expect(firstToThird('some days I forget to take my, inhaler', 'he')).toBe(
      'some days he forgets to take his, inhaler',
    );
  });
});

describe('the clinician first person, as documentation', () => {
  it('drops the manners of bad news and of not being sure', () => {
    const news = asClinician(
      "I'm afraid I don't have better news for you, your ejection fraction has dropped to 30%",
    );
    expect(news).toBe('Her ejection fraction has dropped to 30%.');
    clean(news);
    const sure = asClinician("I'm not 100% sure, but most likely this is a high ankle sprain");
    expect(sure).toBe('Most likely this is a high ankle sprain.');
    clean(sure);
  });

  it('names what it is without the clinician naming it', () => {
    const s = asClinician('I would describe that as a panic attack rather than a heart problem');
    expect(s).toBe('Consistent with a panic attack rather than a heart problem.');
    clean(s);
    const impression = asClinician('the other impression I have is that your low mood is seasonal');
    expect(impression).toBe('Other impression: her low mood is seasonal.');
    clean(impression);
  });

  it('writes treatment given before and what the clinician was told without the "I"', () => {
    const treated = asClinician('I have previously treated you with a short course of prednisone');
    expect(treated).toBe('Previously treated with a short course of prednisone.');
    clean(treated);
    const told = asClinician("I've been told that your son has been wheezing at night");
    expect(told).toBe('Her son has been wheezing at night.');
    clean(told);
  });

  it('drops a memory hedge after a statement', () => {
    const s = asClinician('her last echo was in January, if I remember correctly');
    expect(s).toBe('Her last echo was in January.');
    clean(s);
  });
});

describe('an exam finding in the first person with an unsure role', () => {
  it('is the clinician when the role model hardly chose', () => {
    expect(isClinicianOpinion('I do see some swelling over the outer ankle', true)).toBe(true);
    expect(isClinicianOpinion('I hear a soft murmur at the left sternal border', true)).toBe(true);
  });

  it('is left to the role model when confident, or when the patient speaks of their own body', () => {
    expect(isClinicianOpinion('I do see some swelling over the outer ankle', false)).toBe(false);
    expect(isClinicianOpinion('I see some swelling in my ankles by evening', true)).toBe(false);
  });
});

describe('the first-person check', () => {
  it('does not take a letter or a numeral for the speaker', () => {
    for (const s of [
      'Stage I pressure injury over the sacrum.',
      'History of I B D, quiescent.',
      'Status post O R I F of the left ankle.',
    ])
      expect(proseDefects(s), s).not.toContain('first-person');
    expect(proseDefects('I am tired all the time.')).toContain('first-person');
  });
});

describe("a companion's first person", () => {
  const asCompanion = (s: string) => rewriteSentence(s, { speaker: 'other', pronoun: 'he' });

  it('is told of the companion, never as the patient or in the first person', () => {
    const night = asCompanion('I give him the inhaler at night before his bath');
    expect(night).toBe('The companion gives him the inhaler at night before his bath.');
    clean(night);
    const labour = asCompanion('I was in labour for 20 hours with him');
    expect(labour).toBe('The companion was in labour for 20 hours with him.');
    clean(labour);
    const worried = asCompanion("I'm worried because my son barely eats since the move");
    expect(worried).toBe('The companion is worried because their son barely eats since the move.');
    clean(worried);
  });
});

describe('a patient account of exercise, cost and their own numbers', () => {
  it('is the patient even in a turn given to the clinician', () => {
    for (const s of [
      'I swim three mornings a week and I signed up for a charity walk',
      'the pharmacy is charging me $60 for the water pill',
      'the tea is supposed to bring down my sugar numbers',
    ])
      expect(isPatientAccount(s), s).toBe(true);
    expect(isPatientAccount('I would like you to swim or walk most days')).toBe(false);
  });
});

describe('more of the patient account and of what the patient told the clinician', () => {
  it('reads "I am having", an illness with its kind and "my" before an adjective as the patient', () => {
    for (const s of [
      'I am having palpitations when I climb the stairs',
      'I have absence type seizures since I was nine',
      'the herbal tea is for my high cholesterol',
    ])
      expect(isPatientAccount(s), s).toBe(true);
  });

  it('reports what the patient told the clinician, and the clinician following up', () => {
    const told = asClinician('you were telling me that you sleep only four hours since the divorce');
    expect(told).toBe('She reported that she sleeps only 4 hours since the divorce.');
    clean(told);
    const seen = asClinician('I also see that we are following up on the ankle sprain from June');
    expect(seen).toBe('We are following up on the ankle sprain from June.');
    clean(seen);
  });

  it('writes "you\'d" and a "me" before a colon in the third person', () => {
    expect(asClinician("I've been told that you'd like a refill of the inhaler")).toBe(
      'She would like a refill of the inhaler.',
    );
    expect(firstToThird('I weighed myself as the nurse showed me: 82 kilos', 'she')).toBe(
      'she weighed herself as the nurse showed her: 82 kilos',
    );
  });
});

describe('an opinion-like wish in the patient own account', () => {
  it('stays the patient when the role was inferred', () => {
    const segments = [
      {
        seq: 0,
        startMs: 0,
        endMs: 2000,
        speaker: 'unknown' as const,
        text: 'How have your blood pressure readings been on the video visits?',
      },
      {
        seq: 1,
        startMs: 2000,
        endMs: 6000,
        speaker: 'unknown' as const,
        text: 'I want to try some natural remedies for my high blood pressure before any more pills.',
      },
    ];
    const { facts } = extractFacts(segments, builtinResources(), 'female');
    const wish = facts.find((f) => /natural remedies/.test(f.text));
    expect(wish?.text).toBe(
      'She wants to try some natural remedies for her high blood pressure before any more pills.',
    );
  });
});

describe('the clinician noticing, or having someone do something', () => {
  it('is not the patient account', () => {
    for (const s of [
      "what I'm noticing is some stiffness in both knees",
      "I'm having the nurse check your weight before you go",
    ])
      expect(isPatientAccount(s), s).toBe(false);
  });
});

describe('orders already made and instructions put as a wish', () => {
  it('are the clinician whatever the role model inferred', () => {
    for (const s of [
      'I went ahead and ordered an echo for Thursday',
      "I've sent a referral to the sports medicine clinic",
      'I spoke with your therapist and she agrees with the plan',
      'I want you to come back in two weeks for another video visit',
      "I'd like you to keep the splint on at night",
    ])
      expect(isClinicianOpinion(s), s).toBe(true);
    expect(isClinicianOpinion('I want you to check the mole on my back')).toBe(false);
  });

  it('write the follow-up and the order as a plan', () => {
    expect(asClinician('I want you to come back in two weeks for another video visit')).toBe(
      'Follow-up in 2 weeks for another video visit.',
    );
    const ordered = asClinician('I went ahead and ordered a BNP for the swelling');
    expect(ordered).toBe('Ordered a BNP for the swelling.');
    clean(ordered);
  });
});

describe('more clinician first person, and more patient accounts', () => {
  it('drops the explanation lead and the hearing of a finding', () => {
    const strain = asClinician("I think what's going on is that you pulled the muscle in your calf");
    expect(strain).toBe('She pulled the muscle in her calf.');
    clean(strain);
    const crackles = asClinician('I can hear the crackles at both bases when you breathe in');
    expect(crackles).toBe('The crackles at both bases when she breathes in.');
    clean(crackles);
  });

  it('reads attacks, cramps and how one has to sleep as the patient', () => {
    for (const s of [
      'I get these panic attacks on the bus to work',
      'I have to sleep on three pillows or I get winded',
      'I usually sleep with the window open because of the hot flashes',
    ])
      expect(isPatientAccount(s), s).toBe(true);
  });

  it('takes a finding heard or seen in the progressive, and a task for the nurse, as the clinician', () => {
    expect(isClinicianOpinion("I'm hearing a faint wheeze on the right", true)).toBe(true);
    expect(isClinicianOpinion("I'll have my nurse set up the sleep study")).toBe(true);
  });
});

describe('a medicine kept going, a summary lead and care elsewhere', () => {
  it('writes the clinician plan and summary without the "I"', () => {
    const keep = asClinician('your sugars look good, I want the metformin 500 mg to continue twice a day');
    expect(keep).toBe('Her sugars look good, plan for the metformin 500 mg to continue twice a day.');
    clean(keep);
    const only = asClinician('the only thing I can tell you is that the tremor has been there for 2 years');
    expect(only).toBe('The tremor has been there for 2 years.');
    clean(only);
  });

  it('reads pain one had and where one was seen as the patient', () => {
    expect(isPatientAccount('I had some pain in the groin after the long drive')).toBe(true);
    expect(isPatientAccount('I was last seen at the heart failure clinic in May')).toBe(true);
  });
});
