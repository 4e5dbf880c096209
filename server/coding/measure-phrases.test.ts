import { describe, expect, it } from 'vitest';
import { namesOnlyAMeasure } from './measure-phrases.js';

describe('measure phrases', () => {
  it('reads a function or level that is only checked or reported normal as a measure, not a finding', () => {
    expect(namesOnlyAMeasure('kidney function', "before your next visit i'm going to check your")).toBe(true);
    expect(namesOnlyAMeasure('thyroid levels', 'the good news is your')).toBe(true);
  });

  it('keeps a function or level the words call abnormal, and a plain condition', () => {
    expect(namesOnlyAMeasure('kidney function', 'your heart failure medicine has caused decreased')).toBe(
      false,
    );
    expect(namesOnlyAMeasure('reduced lung function', 'he has')).toBe(false);
    expect(namesOnlyAMeasure('kidney disease', 'she has chronic')).toBe(false);
  });
});
