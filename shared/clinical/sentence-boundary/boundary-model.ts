import { z } from 'zod';
import { gapWords } from './boundary-features.js';
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

// The weights looked up by the words themselves: one map per single-word feature and a map of maps
// per pair (building each feature's name for every gap costs more than the rest of the model).
interface CompiledWeights {
  bias: number;
  single: Map<string, Map<string, number>>;
  pair: Map<string, Map<string, Map<string, number>>>;
}
const compiled = new WeakMap<BoundaryModel, CompiledWeights>();

function compile(model: BoundaryModel): CompiledWeights {
  const out: CompiledWeights = { bias: model.features.bias ?? 0, single: new Map(), pair: new Map() };
  for (const [name, weight] of Object.entries(model.features)) {
    const eq = name.indexOf('=');
    if (eq < 0) continue;
    const kind = name.slice(0, eq);
    const words = name.slice(eq + 1).split(' ');
    if (words.length === 1) {
      const map = out.single.get(kind) ?? new Map<string, number>();
      map.set(words[0] ?? '', weight);
      out.single.set(kind, map);
    } else {
      const byFirst = out.pair.get(kind) ?? new Map<string, Map<string, number>>();
      const map = byFirst.get(words[0] ?? '') ?? new Map<string, number>();
      map.set(words[1] ?? '', weight);
      byFirst.set(words[0] ?? '', map);
      out.pair.set(kind, byFirst);
    }
  }
  return out;
}

/** Probability that a sentence ends after each word but the last (one value per gap). */
export function gapProbabilities(words: readonly BoundaryWord[], model: BoundaryModel): number[] {
  let w = compiled.get(model);
  if (!w) {
    w = compile(model);
    compiled.set(model, w);
  }
  const { bias, single, pair } = w;
  // Each feature's map looked up once per text, not once per gap.
  const l1Of = single.get('l1');
  const l2Of = single.get('l2');
  const r1Of = single.get('r1');
  const r2Of = single.get('r2');
  const l2l1Of = pair.get('l2l1');
  const l1r1Of = pair.get('l1r1');
  const r1r2Of = pair.get('r1r2');
  const out: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    // The same features as gapFeatures names, summed in the same order without building their names.
    const [l2, l1, r1, r2] = gapWords(words, i);
    const z =
      bias +
      (l1Of?.get(l1) ?? 0) +
      (l2Of?.get(l2) ?? 0) +
      (r1Of?.get(r1) ?? 0) +
      (r2Of?.get(r2) ?? 0) +
      (l2l1Of?.get(l2)?.get(l1) ?? 0) +
      (l1r1Of?.get(l1)?.get(r1) ?? 0) +
      (r1r2Of?.get(r1)?.get(r2) ?? 0);
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
