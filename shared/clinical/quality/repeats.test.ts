import { describe, expect, it } from 'vitest';
import { hasRepeat, withoutRepeats } from './repeats.js';

describe('repeated phrases', () => {
  it('finds a phrase said twice in a row, with or without a comma', () => {
    expect(hasRepeat('The cast is, the cast is too tight.')).toBe(true);
    expect(hasRepeat('She takes she takes two tablets.')).toBe(true);
    expect(hasRepeat('The the wound is dry.')).toBe(true);
  });

  it('leaves grammar, counts and hyphenated words alone', () => {
    expect(hasRepeat('He had had a fall before.')).toBe(false);
    expect(hasRepeat('Knows that that dose is high.')).toBe(false);
    expect(hasRepeat('Sets of 10 10 times a day.')).toBe(false);
    expect(hasRepeat('Uses an anti-itch, itch cream.')).toBe(false);
  });

  it('says a repeated phrase once, keeping the first saying as spoken', () => {
    expect(withoutRepeats('There is no, there is no warmth over the calf')).toBe(
      'There is no warmth over the calf',
    );
    expect(withoutRepeats('we will we will we will recheck the sodium')).toBe('we will recheck the sodium');
    expect(withoutRepeats('nothing repeats here')).toBe('nothing repeats here');
  });

  it('finds repeats of every length up to five words, and only those (the quick pre-check)', () => {
    expect(withoutRepeats('pain in his left knee, pain in his left knee is worse')).toBe(
      'pain in his left knee is worse',
    );
    expect(withoutRepeats('Wheezing wheezing at night')).toBe('Wheezing at night');
    // Same first word again, but no phrase said twice; grammar said twice is no stutter.
    expect(withoutRepeats('the cough and the fever and the rash')).toBe(
      'the cough and the fever and the rash',
    );
    expect(withoutRepeats('she had had a fall, that that we discussed')).toBe(
      'she had had a fall, that that we discussed',
    );
  });

  it('keeps a number said twice inside a run of number words (a strength, not a stutter)', () => {
    expect(withoutRepeats('salmeterol two fifty fifty one puff')).toBe('salmeterol two fifty fifty one puff');
    expect(withoutRepeats('about twenty, twenty milligrams')).toBe('about twenty milligrams');
  });
});
