import { z } from 'zod';
import { gapFeatures } from './boundary-features.js';
import type { BoundaryWord } from './boundary-words.js';

/**
 * Committed weights of the sentence-boundary model: a logistic regression over the words around each
 * gap between two words (gapFeatures), trained on punctuated training transcripts with their marks
 * removed. Integers in hundredths; regenerate with `npm run models:train-sentence-boundary`.
 */
export const boundaryModelSchema = z.object({
  version: z.literal(1),
  /** A gap is a sentence boundary when its probability reaches this (chosen on held-out training). */
  threshold: z.number().min(0).max(1),
  features: z.record(z.string(), z.number().int()),
});
export type BoundaryModel = z.infer<typeof boundaryModelSchema>;

/** Hundredths, as stored in the weights file. */
export const BOUNDARY_QUANTUM = 100;

/** Probability that a sentence ends after each word but the last (one value per gap). */
export function gapProbabilities(words: readonly BoundaryWord[], model: BoundaryModel): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    let z = 0;
    for (const f of gapFeatures(words, i)) z += model.features[f] ?? 0;
    out.push(1 / (1 + Math.exp(-z / BOUNDARY_QUANTUM)));
  }
  return out;
}

/**
 * Indices of the words after which a sentence ends: gaps at or above the threshold, most likely
 * first, each kept only when the pieces either side of it keep at least `minWords` words.
 */
export function boundaryGaps(
  words: readonly BoundaryWord[],
  model: BoundaryModel,
  minWords: number,
  threshold = model.threshold,
): number[] {
  const p = gapProbabilities(words, model);
  const candidates = p
    .map((x, i) => [x, i] as const)
    .filter(([x]) => x >= threshold)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const cuts: number[] = [];
  for (const [, i] of candidates) {
    // Word counts of the pieces this cut would leave: from the previous cut to it, and on to the next.
    const before = Math.max(-1, ...cuts.filter((c) => c < i));
    const after = Math.min(words.length - 1, ...cuts.filter((c) => c > i));
    if (i - before >= minWords && after - i >= minWords) cuts.push(i);
  }
  return cuts.sort((a, b) => a - b);
}
