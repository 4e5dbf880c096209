import { describe, expect, it } from 'vitest';
import { flagReason } from './flag-reason.js';

describe('flagReason', () => {
  it('says in a few words why a sentence must be checked, and nothing for a sound one', () => {
    expect(
      flagReason({
        support: 'supported',
        review: 'Still worded as conversation (second person, filler): reword before signing.',
      }),
    ).toBe('worded as conversation (second person, filler)');
    expect(flagReason({ support: 'unsupported' })).toBe('not in the transcript');
    expect(flagReason({ support: 'supported' })).toBeUndefined();
    expect(flagReason({ support: 'edited' })).toBeUndefined();
  });
});
