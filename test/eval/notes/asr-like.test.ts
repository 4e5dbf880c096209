import { describe, expect, it } from 'vitest';
import { asrLike, numberInWords } from './asr-like.js';

const visit =
  '[doctor] How long has the ankle been swollen?\n[patient] About 3 days, since I rolled it.\n[doctor] Okay.\n[doctor] Any numbness?\n[patient] No.';

describe('speech-recognition-like variants', () => {
  it('says numbers as words', () => {
    expect(numberInWords(3)).toBe('three');
    expect(numberInWords(48)).toBe('forty eight');
    expect(numberInWords(120)).toBe('one hundred twenty');
    expect(numberInWords(2019)).toBe('two thousand nineteen');
  });

  it("strips punctuation and case, keeping the speaker tags and merging one speaker's turns", () => {
    expect(asrLike(visit, 'stripped')).toBe(
      '[doctor] how long has the ankle been swollen\n[patient] about three days since i rolled it\n[doctor] okay any numbness\n[patient] no',
    );
  });

  it('runs a short reply into the turn before it when merged, and is deterministic', () => {
    const merged = asrLike(visit, 'merged');
    expect(merged).toBe(
      '[doctor] how long has the ankle been swollen\n[patient] about three days since i rolled it okay any numbness no',
    );
    expect(asrLike(visit, 'fillers')).toBe(asrLike(visit, 'fillers'));
  });
});
