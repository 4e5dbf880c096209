import type { BoundaryWord } from './boundary-words.js';

const at = (words: readonly BoundaryWord[], i: number) =>
  i < 0 ? '<s>' : i >= words.length ? '</s>' : (words[i]?.norm ?? '');

/** The two words before the gap after word `i` and the two after it (`<s>`, `</s>` past the ends). */
export function gapWords(words: readonly BoundaryWord[], i: number): [string, string, string, string] {
  return [at(words, i - 1), at(words, i), at(words, i + 1), at(words, i + 2)];
}

/**
 * What the model sees of the gap after word `i`: the two words either side of it, one by one and in
 * pairs. Nothing else (no punctuation, no case), so punctuated and unpunctuated text look alike.
 */
export function gapFeatures(words: readonly BoundaryWord[], i: number): string[] {
  const [l2, l1, r1, r2] = gapWords(words, i);
  return [
    'bias',
    `l1=${l1}`,
    `l2=${l2}`,
    `r1=${r1}`,
    `r2=${r2}`,
    `l2l1=${l2} ${l1}`,
    `l1r1=${l1} ${r1}`,
    `r1r2=${r1} ${r2}`,
  ];
}
