import { describe, expect, it } from 'vitest';
import { cleanSpeech } from './clean-speech.js';

describe('cleanSpeech', () => {
  it('keeps "okay" that says how the patient has been, and drops it as an acknowledgement', () => {
    // Taking it out left "I've been the swelling in my legs is ...": a subject with no predicate.
    expect(cleanSpeech("i've been okay the swelling in my ankles is down a bit")).toBe(
      "i've been okay the swelling in my ankles is down a bit",
    );
    expect(cleanSpeech('she has been feeling all right since the new inhaler')).toBe(
      'she has been feeling all right since the new inhaler',
    );
    expect(cleanSpeech('okay the rash is spreading okay')).toBe('the rash is spreading');
    expect(cleanSpeech("it's yeah it's not going away okay")).toBe("it's not going away");
  });

  it('takes out a tag question "right?" but never a side (orthopaedics)', () => {
    expect(cleanSpeech('the hip is the worst part, right?')).toBe('the hip is the worst part');
    expect(cleanSpeech('arthritis in both hips, worse on the right')).toBe(
      'arthritis in both hips, worse on the right',
    );
    expect(cleanSpeech('the numbness spreads to her right')).toBe('the numbness spreads to her right');
  });

  it('takes out a stutter written with a hyphen and keeps hyphenated words', () => {
    expect(cleanSpeech("i-i'd like to recheck the potassium")).toBe("i'd like to recheck the potassium");
    expect(cleanSpeech('th-the swelling is down')).toBe('the swelling is down');
    expect(cleanSpeech('I-plan to taper the prednisone')).toBe('plan to taper the prednisone');
    expect(cleanSpeech('an x-ray of the t-spine')).toBe('an x-ray of the t-spine');
  });

  it('never fuses a number said twice inside a run of numbers into a dose nobody said', () => {
    // "two fifty fifty one puff" is the 250/50 inhaler, one puff; it was cleaned to "251 puff".
    expect(cleanSpeech('the fluticasone salmeterol two fifty fifty one puff twice a day')).toBe(
      'the fluticasone salmeterol two fifty fifty one puff twice a day',
    );
    // A number stuttered on its own is still said once.
    expect(cleanSpeech('i take twenty, twenty milligrams of it')).toBe('i take 20 mg of it');
  });

  it('keeps what a restarted phrase restarted with', () => {
    expect(cleanSpeech('she needs to give any, to give her any iron')).toBe('she needs to give her any iron');
    expect(cleanSpeech('pain in the knee, pain in the ankle')).toBe('pain in the knee, pain in the ankle');
  });

  it('writes "a little bit of" as some and drops the run-up "go ahead"', () => {
    expect(cleanSpeech('there is a little bit of fluid behind the eardrum')).toBe(
      'there is some fluid behind the eardrum',
    );
    expect(cleanSpeech('a little bit of the redness is gone')).toBe('some of the redness is gone');
    expect(cleanSpeech("we'll go ahead increase the amlodipine")).toBe("we'll increase the amlodipine");
    expect(cleanSpeech("let's go ahead with the injection")).toBe("let's go ahead with the injection");
  });
});

describe('cleanSpeech, asking the listener to wait and offers to tell', () => {
  it('drops "hang on" and "hold on a second" but keeps "hold on to"', () => {
    expect(cleanSpeech('hang on, the rash is on both forearms')).toBe('the rash is on both forearms');
    expect(cleanSpeech('hold on a second the swelling goes up to the knee')).toBe(
      'the swelling goes up to the knee',
    );
    expect(cleanSpeech('she has to hold on to the rail on the stairs')).toBe(
      'she has to hold on to the rail on the stairs',
    );
  });

  it('keeps "let you know", which is no filler', () => {
    expect(cleanSpeech("I'll let you know when the culture comes back")).toBe(
      "I'll let you know when the culture comes back",
    );
  });
});

describe('cleanSpeech, a reason opening the sentence', () => {
  it('keeps "because of" whole, so the sentence does not start on "of" (heart failure, paediatric)', () => {
    expect(cleanSpeech('Yes, because of the swelling in my legs I sleep in the recliner.')).toBe(
      'because of the swelling in my legs I sleep in the recliner.',
    );
    expect(cleanSpeech('because of the fever he missed two days of school')).toMatch(/^because of the fever/);
  });

  it('still drops a "because" that only joins it to what was said before', () => {
    expect(cleanSpeech('because I ran out of the furosemide')).toBe('I ran out of the furosemide');
  });
});
