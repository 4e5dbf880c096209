import { describe, expect, it } from 'vitest';
import { cleanSpeech } from './clean-speech.js';

describe('cleanSpeech', () => {
  it('takes out a stutter written with a hyphen and keeps hyphenated words', () => {
    expect(cleanSpeech("i-i'd like to recheck the potassium")).toBe("i'd like to recheck the potassium");
    expect(cleanSpeech('th-the swelling is down')).toBe('the swelling is down');
    expect(cleanSpeech('I-plan to taper the prednisone')).toBe('plan to taper the prednisone');
    expect(cleanSpeech('an x-ray of the t-spine')).toBe('an x-ray of the t-spine');
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
