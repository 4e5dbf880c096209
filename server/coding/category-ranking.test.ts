import { describe, expect, it } from 'vitest';
import { type CategoryRanking, calibrated, rankByCategory } from './category-ranking.js';
import { UNTRAINED_CATEGORY_RANKING } from './training/fit-category-ranking.js';

const code = (c: string, confidence: number) => ({ code: c, confidence });

// A report that speaks of heart failure in three ways and names one rarer code with more confidence.
const codes = [code('K5090', 0.5), code('I509', 0.4), code('I5020', 0.35), code('I5030', 0.3)];

// A stage that believes a category the more codes propose it: its best code ranks at its probability.
const categoryFirst: CategoryRanking = {
  category: { weights: [1, 0, 0, 0, 0, 0], bias: 0 },
  code: { weights: [1, 0, 0, 0, 0, 0], bias: 0 },
  categoryShare: 1,
  calibration: [],
};

describe('rankByCategory', () => {
  it('leaves the list and its confidences as they are before training', () => {
    const ranked = rankByCategory(UNTRAINED_CATEGORY_RANKING, codes);
    expect(ranked.map((c) => c.code)).toEqual(codes.map((c) => c.code));
    ranked.forEach((c, i) => {
      expect(c.confidence).toBeCloseTo(codes[i]?.confidence ?? 0, 9);
    });
  });

  it('moves the best code of a category that several codes propose above a lone, likelier code', () => {
    const ranked = rankByCategory(categoryFirst, codes);
    expect(ranked.map((c) => c.code)).toEqual(['I509', 'K5090', 'I5020', 'I5030']);
    // Any of the three heart-failure codes: 1 − 0.6 × 0.65 × 0.7.
    expect(ranked[0]?.confidence).toBeCloseTo(0.727, 3);
  });

  it('gives confidences from the calibration map that never rise down the list', () => {
    const model = {
      ...categoryFirst,
      calibration: [
        [0.3, 0.1],
        [0.5, 0.3],
        [0.8, 0.6],
      ] as Array<[number, number]>,
    };
    const ranked = rankByCategory(model, codes);
    const confidences = ranked.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.at(-1)).toBeCloseTo(0.1, 6);
  });
});

describe('calibrated', () => {
  const map: Array<[number, number]> = [
    [0.1, 0.05],
    [0.5, 0.25],
  ];
  it('interpolates between steps and holds the end values beyond them', () => {
    expect(calibrated(map, 0.3)).toBeCloseTo(0.15, 6);
    expect(calibrated(map, 0)).toBe(0.05);
    expect(calibrated(map, 0.9)).toBe(0.25);
  });
  it('returns the key itself without a map', () => {
    expect(calibrated([], 0.42)).toBe(0.42);
  });
});
