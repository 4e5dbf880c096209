import { describe, expect, it } from 'vitest';
import { meanScores, scoreRanking } from './ranking-metrics.js';

describe('scoreRanking', () => {
  it('counts a category once however many of its codes are ranked', () => {
    // Heart failure (I50) twice, then an ankle sprain (S93): two distinct categories, both gold.
    const scores = scoreRanking(['I50', 'I50', 'S93'], ['I50', 'S93']);
    expect(scores.averagePrecision).toBe(1);
    expect(scores.precisionAt5).toBeCloseTo(2 / 5);
  });
});

describe('meanScores', () => {
  it('averages each list against its own report at full-code and category level', () => {
    const lists = [
      // A heart failure visit: the right category, the wrong code, then the right code.
      ['I5020', 'I509'],
      // A depression follow-up whose one gold code is ranked second.
      ['F419', 'F329'],
    ];
    const gold = [['I509'], ['F329']];
    const { full, category } = meanScores(lists, gold);
    // Full code: AP 1/2 for both lists.
    expect(full.averagePrecision).toBeCloseTo(0.5);
    expect(full.recallAt10).toBeCloseTo(1);
    // Category: I50 first (AP 1), F32 second after F41 (AP 1/2).
    expect(category.averagePrecision).toBeCloseTo(0.75);
    expect(category.precisionAt5).toBeCloseTo(1 / 5);
  });

  it('scores no lists as zero rather than dividing by zero', () => {
    expect(meanScores([], []).full.averagePrecision).toBe(0);
  });
});
