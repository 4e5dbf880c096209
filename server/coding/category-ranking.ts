/**
 * Second ranking stage of hospital case reports (inpatient setting): a coder first decides which
 * conditions (3-character categories) a report speaks of, then the codes within them. A category
 * model weighs everything the engine proposes in a category (how many codes, how confident together,
 * the report's similarity to the category's profile, its nearest reports' vote); a code model then
 * rescores each code with its category's probability and its place in the category; and the best code
 * of a likely category moves up to where its category belongs. The key that orders the list is mapped
 * to a calibrated probability by an isotonic fit on out-of-fold CodiEsp train lists, so `confidence`
 * stays the share of codes like it that coders assigned. Fitted by `npm run codes:train`.
 */
import { z } from 'zod';
import type { BlendInputs } from './code-blend.js';

const logisticSchema = z.object({ weights: z.array(z.number()), bias: z.number() });

export const categoryRankingSchema = z.object({
  category: logisticSchema,
  code: logisticSchema,
  /** The best code of a category is ranked at least this share of its category's probability. */
  categoryShare: z.number().min(0).max(1),
  /** Isotonic map of the ordering key to the share of such codes that coders assigned: [key, share]. */
  calibration: z.array(z.tuple([z.number(), z.number()])),
});
export type CategoryRanking = z.infer<typeof categoryRankingSchema>;

/** What the stage needs of a ranked code. */
export interface RankableCode {
  code: string;
  confidence: number;
  /** Blend inputs; absent for codes added by a guideline rule (status codes). */
  blend?: BlendInputs;
}

const logit = (p: number) => {
  const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const linear = (m: z.infer<typeof logisticSchema>, x: readonly number[]) =>
  sigmoid(m.weights.reduce((z, w, i) => z + w * (x[i] ?? 0), m.bias));

export const CATEGORY_FEATURES = [
  'any_code_logit',
  'best_code_logit',
  'log_codes',
  'category_similarity',
  'neighbour_category_vote',
  'log_category_prior',
  'best_match_logit',
  'log_matched_codes',
  'best_similarity',
  'best_neighbour_vote',
] as const;

/** Features of one category from its codes, most confident first. */
export function categoryFeatures(codes: readonly RankableCode[]): number[] {
  const first = codes[0];
  const any = 1 - codes.reduce((q, c) => q * (1 - c.confidence), 1);
  return [
    logit(any),
    logit(first?.confidence ?? 0),
    Math.log1p(codes.length),
    first?.blend?.categorySimilarity ?? 0,
    first?.blend?.neighbourCategoryVote ?? 0,
    Math.log((first?.blend?.categoryPrior ?? 0) + 1e-3),
    // Whether any of its codes was named in words, and how well: a category the report names beats one
    // only its likeness to other reports proposes.
    codes.reduce(
      (best, c) => Math.max(best, c.blend?.dictionary === undefined ? -10 : logit(c.blend.dictionary)),
      -10,
    ),
    Math.log1p(codes.filter((c) => c.blend?.dictionary !== undefined).length),
    codes.reduce((best, c) => Math.max(best, c.blend?.similarity ?? 0), 0),
    codes.reduce((best, c) => Math.max(best, c.blend?.neighbourVote ?? 0), 0),
  ];
}

export const CODE_FEATURES = [
  'confidence_logit',
  'best_in_category',
  'category_logit',
  'log_category_codes',
  'neighbour_vote',
  'blended',
] as const;

/** Features of one code given its place among its category's codes and the category's probability. */
export function codeFeatures(code: RankableCode, place: number, categoryCodes: number, category: number) {
  return [
    logit(code.confidence),
    place === 0 ? 1 : 0,
    logit(category),
    Math.log1p(categoryCodes),
    code.blend?.neighbourVote ?? 0,
    code.blend ? 1 : 0,
  ];
}

/** Codes grouped by 3-character category, each group most confident first. */
export function byCategory<T extends RankableCode>(codes: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const c of [...codes].sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code))) {
    const group = groups.get(c.code.slice(0, 3)) ?? [];
    group.push(c);
    groups.set(c.code.slice(0, 3), group);
  }
  return groups;
}

/** The ordering key of each code (before calibration); `model` without a calibration map is enough. */
export function orderingKeys<T extends RankableCode>(
  model: Pick<CategoryRanking, 'category' | 'code' | 'categoryShare'>,
  codes: readonly T[],
): Array<{ code: T; key: number }> {
  const keyed: Array<{ code: T; key: number }> = [];
  for (const group of byCategory(codes).values()) {
    const category = linear(model.category, categoryFeatures(group));
    group.forEach((c, place) => {
      const own = linear(model.code, codeFeatures(c, place, group.length, category));
      keyed.push({ code: c, key: place === 0 ? Math.max(own, model.categoryShare * category) : own });
    });
  }
  return keyed.sort((a, b) => b.key - a.key || a.code.code.localeCompare(b.code.code));
}

/** The calibrated probability of an ordering key (piecewise linear between the isotonic steps). */
export function calibrated(map: CategoryRanking['calibration'], key: number): number {
  const first = map[0];
  const last = map.at(-1);
  if (!first || !last) return key;
  if (key <= first[0]) return first[1];
  if (key >= last[0]) return last[1];
  const upper = map.findIndex(([x]) => x >= key);
  const [x0, y0] = map[upper - 1] ?? first;
  const [x1, y1] = map[upper] ?? last;
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (key - x0)) / (x1 - x0);
}

/** The codes reordered category-first, each with its calibrated confidence. */
export function rankByCategory<T extends RankableCode>(model: CategoryRanking, codes: readonly T[]): T[] {
  return orderingKeys(model, codes).map(({ code, key }) => ({
    ...code,
    confidence: calibrated(model.calibration, key),
  }));
}
