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

// A term e^−36 ≈ 2.3e−16 of the largest one is below float64 resolution: even 51,865 such terms
// move the log-sum by < 2e−11 nats. Skipping them saves most of the exponentials (for Whisper's
// logits, most of the vocabulary sits further below the best token than that).
const NEGLIGIBLE_BELOW_MAX = 36;

/**
 * Best unmasked token (the first one on ties, as `argmax`) and log softmax at it over the unmasked
 * tokens, in one pass (a running maximum; the sum is rescaled when it rises). With every token
 * masked, token 0 and −∞, as the copying path gives.
 */
export function greedyPick(row: Float32Array, mask: TokenMask): { token: number; logprob: number } {
  let best = -1;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0; // Σ exp(v − max) over the unmasked terms seen so far
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    if (v > max - NEGLIGIBLE_BELOW_MAX && mask[i] === 0) {
      if (v > max) {
        sum = sum * Math.exp(max - v) + 1;
        max = v;
        best = i;
      } else sum += Math.exp(v - max);
    }
  }
  if (best < 0) return { token: 0, logprob: Number.NEGATIVE_INFINITY };
  return { token: best, logprob: -Math.log(sum) };
}
