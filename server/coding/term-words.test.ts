import { describe, expect, it } from 'vitest';
import { stem } from './term-words.js';

describe('stem', () => {
  it('meets a plural with its singular', () => {
    expect(stem('migraines')).toBe(stem('migraine'));
    expect(stem('arteries')).toBe(stem('artery'));
    expect(stem('biopsies')).toBe(stem('biopsy'));
    expect(stem('eyes')).toBe(stem('eye'));
    expect(stem('knees')).toBe(stem('knee'));
  });

  it('keeps the pairs it already met, and words that only look plural', () => {
    expect(stem('diabetes')).toBe(stem('diabetic'));
    expect(stem('hypertension')).toBe(stem('hypertensive'));
    expect(stem('mass')).toBe('mass');
    expect(stem('urine')).not.toBe(stem('urination'));
  });
});
