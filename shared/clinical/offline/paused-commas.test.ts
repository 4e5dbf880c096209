import { describe, expect, it } from 'vitest';
import { cleanSpeech } from './clean-speech.js';
import { withoutPausedCommas } from './paused-commas.js';

describe('commas that only mark a pause inside a phrase', () => {
  it('go where a filler was taken out of the phrase', () => {
    expect(cleanSpeech('she has tenderness over the, uh, lateral ankle ligaments')).toBe(
      'she has tenderness over the lateral ankle ligaments',
    );
    expect(cleanSpeech('there is a, um, small amount of fluid in the right lung base')).toBe(
      'there is a small amount of fluid in the right lung base',
    );
  });

  it('go after an article, a possessive or "of", and before "of"', () => {
    expect(withoutPausedCommas('no sign of, a fracture on his, wrist films')).toBe(
      'no sign of a fracture on his wrist films',
    );
    expect(withoutPausedCommas('the rash covers the back, of both hands')).toBe(
      'the rash covers the back of both hands',
    );
    expect(withoutPausedCommas('she does not have any, wheezing today')).toBe(
      'she does not have any wheezing today',
    );
  });

  it('stay where they mark a boundary', () => {
    const kept = [
      'his mood is better, and he is sleeping through the night',
      'we will see her, then decide about the inhaler',
      'the toddler has had a fever, of course, since friday',
      'she was told to, and she did',
    ];
    for (const text of kept) expect(withoutPausedCommas(text)).toBe(text);
  });
});
