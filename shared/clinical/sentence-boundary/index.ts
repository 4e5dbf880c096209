import { type BoundaryModel, boundaryGaps, boundaryModelSchema } from './boundary-model.js';
import { boundaryWords } from './boundary-words.js';
import weights from './sentence-boundary-weights.json';

export { type BoundaryModel, boundaryGaps, gapProbabilities } from './boundary-model.js';
export { boundaryWords } from './boundary-words.js';

/** Fewest words a sentence cut out of unpunctuated speech keeps. */
export const MIN_SENTENCE_WORDS = 3;

let cached: BoundaryModel | undefined;

/** The committed sentence-boundary model (validated once). */
export function builtinBoundaryModel(): BoundaryModel {
  cached ??= boundaryModelSchema.parse(weights);
  return cached;
}

/**
 * Where new sentences start (character offsets) in text said without punctuation, as the learned
 * model places them (at the model's own threshold unless given another); none in text shorter than
 * two sentences.
 */
export function sentenceStarts(text: string, threshold?: number, model = builtinBoundaryModel()): number[] {
  const words = boundaryWords(text);
  if (words.length < 2 * MIN_SENTENCE_WORDS) return [];
  return boundaryGaps(words, model, MIN_SENTENCE_WORDS, threshold ?? model.threshold).map(
    (i) => words[i + 1]?.start ?? text.length,
  );
}
