import { describe, expect, it } from 'vitest';
import { asksByWordOrder } from './asks.js';

describe('asksByWordOrder', () => {
  it('reads a question after an acknowledgement of the last answer, with or without a comma', () => {
    // Heart failure, mental health and paediatric follow-ups, as speech recognition writes them.
    expect(asksByWordOrder('excellent are you still weighing yourself every morning')).toBe(true);
    expect(asksByWordOrder('Hm, do you have trouble falling asleep.')).toBe(true);
    expect(asksByWordOrder('perfect has he had any fevers since the ear drops')).toBe(true);
  });

  it('leaves a statement that opens on the same word a statement', () => {
    expect(asksByWordOrder('Excellent range of motion in the left ankle.')).toBe(false);
    expect(asksByWordOrder('Good, the swelling has gone down.')).toBe(false);
  });
});
