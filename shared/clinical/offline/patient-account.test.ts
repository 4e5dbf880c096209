import { describe, expect, it } from 'vitest';
import { isPatientAccount } from './patient-account.js';
import { rewriteSentence } from './rewrite.js';

describe('isPatientAccount', () => {
  it('recognises the patient speaking of themselves', () => {
    for (const s of [
      "I've been dealing with my anxiety since the move",
      'my left knee gives way on the stairs',
      'when I am around smoke I start wheezing',
      'my mom says I snore',
    ])
      expect(isPatientAccount(s), s).toBe(true);
  });

  it('leaves the clinician speaking of their own work alone', () => {
    for (const s of [
      'I will ask my nurse to book the echo',
      'I reviewed the x-ray of your ankle',
      'I want to see you back in 2 weeks',
    ])
      expect(isPatientAccount(s), s).toBe(false);
  });

  it('documents such words in the third person even in a turn labelled as the clinician', () => {
    const options = { speaker: 'clinician' as const, pronoun: 'he' as const };
    expect(rewriteSentence('my left knee gives way on the stairs', options)).toBe(
      'His left knee gives way on the stairs.',
    );
    expect(rewriteSentence('when I am around smoke I start wheezing', options)).toBe(
      'When he is around smoke he starts wheezing.',
    );
  });
});

describe('isPatientAccount, work and symptoms as they come on', () => {
  it('reads them as the patient speaking in a run-on turn given to the clinician', () => {
    for (const s of [
      "I'm working at the distribution centre as a forklift driver",
      'I work nights at the hospital laundry',
      "I've been coughing every night since the cold",
      'I do get pain in my calf when I walk 2 blocks',
    ])
      expect(isPatientAccount(s), s).toBe(true);
    expect(
      rewriteSentence("I've been coughing every night since the cold", {
        speaker: 'clinician',
        pronoun: 'she',
      }),
    ).toBe('She has been coughing every night since the cold.');
  });

  it('leaves the clinician working on the care or with others alone', () => {
    for (const s of [
      "I'm working with the pharmacy to get the inhaler covered",
      'I am working on your referral today',
      'I get the results back on Friday',
    ])
      expect(isPatientAccount(s), s).toBe(false);
  });
});

describe('isPatientAccount, symptoms, injuries and limits in the first person', () => {
  it('reads them as the patient speaking in a turn given to the clinician', () => {
    for (const s of [
      'I slipped on the wet floor at work and landed on my wrist',
      "I've been getting short of breath climbing one flight",
      "I can't put weight on the left foot since Sunday",
      "I've been feeling really down since the baby came",
      'I took two of the chewable tablets before bed',
      'I was diagnosed with asthma when I was six',
    ])
      expect(isPatientAccount(s), s).toBe(true);
  });

  it('leaves the clinician taking a look or reviewing alone', () => {
    for (const s of ['I took a look at the video you sent', 'I have been doing telehealth for years'])
      expect(isPatientAccount(s), s).toBe(false);
  });
});
