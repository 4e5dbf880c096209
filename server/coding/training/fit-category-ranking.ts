import {
  byCategory,
  type CategoryRanking,
  CODE_FEATURES,
  categoryFeatures,
  codeFeatures,
  orderingKeys,
  type RankableCode,
} from '../category-ranking.js';
import { fitIsotonic } from './isotonic.js';
import { fitLogistic } from './logistic.js';
import { scoreRanking } from './ranking-metrics.js';

/**
 * The share of its category's probability the best code of a category is ranked at least at: the one
 * of these whose order of the train lists gives the best mean of full-code and category average
 * precision (a coder is judged on both; higher shares trade full-code for category precision).
 */
const CATEGORY_SHARES = [0.25, 0.5, 0.75, 1] as const;
/** Codes per report the calibration is fitted on: the list eval:codes and a coder see. */
const CALIBRATED_TOP = 20;

/** The stage that leaves a list as it is: confidences unchanged (before training). */
export const UNTRAINED_CATEGORY_RANKING: CategoryRanking = {
  category: { weights: [], bias: 0 },
  code: { weights: CODE_FEATURES.map((f) => (f === 'confidence_logit' ? 1 : 0)), bias: 0 },
  categoryShare: 0,
  calibration: [],
};

const round = (x: number) => Number(x.toFixed(6));
const rounded = (m: { weights: number[]; bias: number }) => ({
  weights: m.weights.map(round),
  bias: round(m.bias),
});
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fits the category stage (category-ranking.ts) on each training report's out-of-fold list after the
 * guidelines and the codes its coder assigned: the category model, then the code model given the
 * category probability, then the isotonic calibration of the ordering key over each list's top codes.
 */
export function fitCategoryRanking(
  lists: ReadonlyArray<readonly RankableCode[]>,
  gold: ReadonlyArray<ReadonlySet<string>>,
): CategoryRanking & { trainPrecision: number } {
  const categoryRows: number[][] = [];
  const categoryLabels: number[] = [];
  lists.forEach((list, i) => {
    const categories = new Set([...(gold[i] ?? [])].map((c) => c.slice(0, 3)));
    for (const [category, group] of byCategory(list)) {
      categoryRows.push(categoryFeatures(group));
      categoryLabels.push(categories.has(category) ? 1 : 0);
    }
  });
  const category = rounded(fitLogistic(categoryRows, categoryLabels));
  const categoryOf = (x: readonly number[]) =>
    sigmoid(category.weights.reduce((z, w, j) => z + w * (x[j] ?? 0), category.bias));
  const codeRows: number[][] = [];
  const codeLabels: number[] = [];
  lists.forEach((list, i) => {
    for (const group of byCategory(list).values()) {
      const p = categoryOf(categoryFeatures(group));
      group.forEach((c, place) => {
        codeRows.push(codeFeatures(c, place, group.length, p));
        codeLabels.push(gold[i]?.has(c.code) ? 1 : 0);
      });
    }
  });
  const code = rounded(fitLogistic(codeRows, codeLabels));
  const meanPrecision = (categoryShare: number) => {
    let sum = 0;
    lists.forEach((list, i) => {
      const ordered = orderingKeys({ category, code, categoryShare }, list)
        .slice(0, CALIBRATED_TOP)
        .map((k) => k.code.code);
      const codes = gold[i] ?? new Set<string>();
      sum += scoreRanking(ordered, [...codes]).averagePrecision;
      sum += scoreRanking(
        ordered.map((c) => c.slice(0, 3)),
        [...codes].map((c) => c.slice(0, 3)),
      ).averagePrecision;
    });
    return sum / (2 * Math.max(lists.length, 1));
  };
  const scores = CATEGORY_SHARES.map((share) => ({ share, score: meanPrecision(share) }));
  const best = scores.reduce((a, b) => (b.score > a.score + 1e-9 ? b : a));
  const stage = { category, code, categoryShare: best.share };
  const keys: number[] = [];
  const labels: number[] = [];
  lists.forEach((list, i) => {
    for (const { code: c, key } of orderingKeys(stage, list).slice(0, CALIBRATED_TOP)) {
      keys.push(key);
      labels.push(gold[i]?.has(c.code) ? 1 : 0);
    }
  });
  const calibration = fitIsotonic(keys, labels).map(([x, y]): [number, number] => [round(x), round(y)]);
  return { ...stage, calibration, trainPrecision: best.score };
}
