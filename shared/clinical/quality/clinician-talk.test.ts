import { describe, expect, it } from 'vitest';
import { isClinicianTalk, isCutOffMidThought, talkLeadLength } from './clinician-talk.js';
import { proseDefects } from './prose-defects.js';

describe('clinician talk left in a drafted sentence', () => {
  it('finds an interjection glued to the order after it', () => {
    expect(proseDefects('Awesome keep the ankle wrapped during the day.')).toContain('filler');
    expect(proseDefects('Perfect, continue the sertraline at 100 mg.')).toContain('filler');
    expect(proseDefects('Wonderful so she will weigh herself each morning.')).toContain('filler');
    expect(proseDefects('Excellent elevate the leg on two pillows.')).toContain('filler');
  });

  it('leaves findings and judgements that open on the same words', () => {
    for (const prose of [
      'Good air entry in both lungs.',
      'Great toe is swollen and warm.',
      'Excellent range of motion of the left shoulder.',
      'Fine crackles at both bases.',
      'Good so far on the new inhaler.',
    ])
      expect(proseDefects(prose)).toEqual([]);
  });

  it('finds the clinician explaining to the patient', () => {
    expect(proseDefects('Basically what this means is that the ligament was overstretched.')).toContain(
      'clinician-talk',
    );
    expect(proseDefects('So what that means for the baby is more fluids through the night.')).toContain(
      'clinician-talk',
    );
    expect(proseDefects('Discussed what this means for his return to school.')).not.toContain(
      'clinician-talk',
    );
  });

  it('finds what the clinician was doing as they spoke, put in the future', () => {
    expect(isClinicianTalk('Plan to look at the mood questionnaire she filled in.')).toBe(true);
    expect(isClinicianTalk('Will check her weight chart here.')).toBe(true);
    expect(isClinicianTalk('Will pull up the echocardiogram from March.')).toBe(true);
    expect(isClinicianTalk('The plan is to take a quick look at his throat on the video.')).toBe(true);
    expect(proseDefects('His glucose readings now ordered.')).toContain('rewrite-error');
  });

  it('leaves orders that name what is ordered', () => {
    for (const order of [
      'Will check a basic metabolic panel in one week.',
      'Will review the sleep diary at the next visit.',
      'Plan to repeat the ankle x-ray in 6 weeks.',
      'Labs ordered today.',
    ])
      expect(isClinicianTalk(order)).toBe(false);
  });
});

describe('a sentence cut off mid-thought', () => {
  it('finds a copula, a subject or a modal with nothing after it', () => {
    expect(isCutOffMidThought('His asthma control is')).toBe(true);
    expect(isCutOffMidThought('Start the spacer and if it')).toBe(true);
    expect(isCutOffMidThought('The swelling in her ankles should')).toBe(true);
    expect(proseDefects('Her low mood is.')).toContain('fragment');
  });

  it('leaves written endings on the same words', () => {
    for (const body of [
      'We discussed what the safest option is',
      'The wrist is not as stiff as it was',
      'She is eating her vegetables like she should',
      'He will take the tablets as often as he can, if he would',
    ])
      expect(isCutOffMidThought(body)).toBe(false);
  });
});

describe('talk that opens a clinician sentence', () => {
  it('measures the interjection or the explaining lead so the rest can stand alone', () => {
    const glued = 'Awesome weigh yourself every morning.';
    expect(glued.slice(talkLeadLength(glued))).toBe('weigh yourself every morning.');
    const explained = 'Essentially what that means, Dana, is that the pump is weaker than it should be.';
    expect(explained.slice(talkLeadLength(explained))).toBe('the pump is weaker than it should be.');
    const forPart = 'So what this means for your knee is the cartilage is worn.';
    expect(forPart.slice(talkLeadLength(forPart))).toBe('the cartilage is worn.');
  });

  it('measures nothing where no talk opens the sentence', () => {
    expect(talkLeadLength('Good air entry in both lungs.')).toBe(0);
    expect(talkLeadLength('Continue the inhaler twice daily.')).toBe(0);
  });
});

describe('plans worded like talk', () => {
  it('leaves "look into" and "go through with" as the plans they are', () => {
    expect(isClinicianTalk('Will look into a referral to the eating disorder service.')).toBe(false);
    expect(isClinicianTalk('Will go through with the knee replacement in the spring.')).toBe(false);
  });
});

describe('a rating reported with "would say"', () => {
  it('is one clause reported, not a run-on', () => {
    expect(proseDefects('On a bad night, the patient would say it is an 8/10.')).not.toContain('run-on');
    expect(proseDefects('Her mood is low she would say it is a 3/10.')).toContain('run-on');
  });
});
