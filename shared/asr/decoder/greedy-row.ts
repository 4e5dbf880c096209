/**
 * The hot path of plain greedy decoding (temperature 0, no timestamps), one row of logits per token:
 * the filtered argmax and its log-probability without copying the row or writing −∞ into it.
 * Equivalent to `suppressTokens` + `argmax` + `row[next] − logSumExp(row)` on a filtered copy.
 */

/** 1 marks a token that may not be sampled. */
export type TokenMask = Uint8Array;

export function tokenMask(vocabSize: number, ...lists: Iterable<number>[]): TokenMask {
  const mask = new Uint8Array(vocabSize);
  for (const ids of lists) for (const id of ids) if (id >= 0 && id < vocabSize) mask[id] = 1;
  return mask;
}

// exp(−60) ≈ 9e-27: a term that far below the maximum cannot change a float64 sum that holds 1.
const NEGLIGIBLE_BELOW_MAX = 60;

/**
 * Best unmasked token (the first one on ties, as `argmax`) and log softmax at it over the unmasked
 * tokens. With every token masked, token 0 and −∞, as the copying path gives.
 */
export function greedyPick(row: Float32Array, mask: TokenMask): { token: number; logprob: number } {
  let best = -1;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    if (v > max && mask[i] === 0) {
      max = v;
      best = i;
    }
  }
  if (best < 0) return { token: 0, logprob: Number.NEGATIVE_INFINITY };
  const cutoff = max - NEGLIGIBLE_BELOW_MAX;
  let sum = 0;
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    if (v > cutoff && mask[i] === 0) sum += Math.exp(v - max);
  }
  return { token: best, logprob: -Math.log(sum) };
}
