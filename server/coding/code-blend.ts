import type { RankingModel } from './code-ranker.js';

/** What the engine knows about one candidate code before its final confidence. */
export interface BlendInputs {
  /** Confidence of the title/index match (code-ranker.ts); undefined when no mention matched it. */
  dictionary: number | undefined;
  /** Cosine similarity of the encounter to the code's learned profile; undefined when not proposed. */
  similarity: number | undefined;
  /** Share of training reports coded with it (0 when never). */
  prior: number;
  /** Similarity of the encounter to the code's category profile (0 when none). */
  categorySimilarity: number;
  /** Share of training reports coded with its category. */
  categoryPrior: number;
  /** Vote of the training reports nearest to the encounter for the code (code-profiles.ts; 0–1). */
  neighbourVote: number;
  /** Their vote for the code's category. */
  neighbourCategoryVote: number;
}

export const BLEND_FEATURES = [
  'matched',
  'match_logit',
  'profiled',
  'similarity',
  'similarity_squared',
  'log_prior',
  'matched_and_similarity',
  'category_similarity',
  'log_category_prior',
  'matched_and_category_similarity',
  'neighbour_vote',
  'neighbour_category_vote',
  'matched_and_neighbour_vote',
] as const;

const logit = (p: number) => {
  const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
  return Math.log(q / (1 - q));
};

/** Feature vector of the blend model. */
export function blendFeatures(inputs: BlendInputs): number[] {
  const matched = inputs.dictionary === undefined ? 0 : 1;
  const similarity = inputs.similarity ?? 0;
  return [
    matched,
    inputs.dictionary === undefined ? 0 : logit(inputs.dictionary),
    inputs.similarity === undefined ? 0 : 1,
    similarity,
    similarity * similarity,
    Math.log(inputs.prior + 1e-3),
    matched * similarity,
    inputs.categorySimilarity,
    Math.log(inputs.categoryPrior + 1e-3),
    matched * inputs.categorySimilarity,
    inputs.neighbourVote,
    inputs.neighbourCategoryVote,
    matched * inputs.neighbourVote,
  ];
}

/**
 * The suggestion's confidence: a logistic blend of the title/index match and the learned profile
 * similarity, fitted on CodiEsp train (cross-validated profiles, leave-one-out associations);
 * `offset` adds log-odds for where a problem was said in a conversation (not in the training data).
 */
export function blendedConfidence(model: RankingModel, inputs: BlendInputs, offset = 0): number {
  const x = blendFeatures(inputs);
  let z = model.blend.bias + offset;
  model.blend.weights.forEach((w, i) => {
    z += w * (x[i] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}
