import { describe, expect, it } from 'vitest';
import { complaintPhrase } from './complaint-phrase.js';

const named = (said: string) => complaintPhrase(said)?.text;

describe('the complaint a sentence tells, as a note names it', () => {
  it('leaves out an illness told as past, keeping what is present', () => {
    expect(named('He had the flu last month but now he has a cough that keeps him up')).toBe('cough');
    expect(named('I had a heart attack years ago')).toBeUndefined();
    // An onset said with "ago" is how long the complaint has lasted, not a past illness.
    expect(named('The dizziness started about three weeks ago')).toBe('dizziness for about three weeks');
  });

  it('keeps a second complaint joined by "and", not one told as going with the first', () => {
    expect(named('my right hip has been aching and I get heartburn at night')).toBe(
      'right hip pain and heartburn',
    );
    expect(named('I have headaches and sometimes nausea with them')).toBe('headaches');
    expect(named('there is pressure in my face and my teeth hurt too')).toBe('facial pressure');
  });

  it('names a lay complaint with its site, radiation and duration', () => {
    expect(named('the baby keeps tugging at his left ear since yesterday')).toBe(
      'left ear pulling since yesterday',
    );
    expect(named('my neck has been killing me for a week and it shoots down my right arm')).toBe(
      'neck pain radiating down the right arm for a week',
    );
    expect(named('my feet are all swollen')).toBe('foot swelling');
    expect(named('I had a cold last week and now my left ear really hurts')).toBe('left ear pain');
  });

  it('turns an adjective into the finding it names, and is vague about a bare one', () => {
    expect(named("I've been so dizzy")).toBe('dizziness');
    expect(complaintPhrase('it is itchy')).toEqual({ text: 'itching', vague: true });
    // "It hurts" with no site names nothing a note can document.
    expect(named('it hurts really bad')).toBeUndefined();
  });
});
