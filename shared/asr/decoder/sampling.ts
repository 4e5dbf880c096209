import { zlibSync } from 'fflate';

/** Index of the largest logit; the first one on ties (as torch.argmax and transformers.js). */
export function argmax(logits: Float32Array): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i] ?? Number.NEGATIVE_INFINITY;
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best;
}

/**
 * How far the greedy choice was from flipping: best logit minus the second best (0 on a tie,
 * Infinity when only one token is allowed). A backend whose logits differ by at most ε from
 * another's can only pick a different token where this gap is below 2ε.
 */
export function decisionMargin(logits: Float32Array): number {
  let best = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i] ?? Number.NEGATIVE_INFINITY;
    if (v > best) {
      second = best;
      best = v;
    } else if (v > second) second = v;
  }
  return best === Number.NEGATIVE_INFINITY ? 0 : best - second;
}

/** Samples from softmax(logits / temperature) with the given uniform [0, 1) source. */
export function sampleWithTemperature(
  logits: Float32Array,
  temperature: number,
  random: () => number,
): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of logits) if (v > max) max = v;
  const weights = new Float64Array(logits.length);
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const w = Math.exp(((logits[i] ?? 0) - max) / temperature);
    weights[i] = w;
    total += w;
  }
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return argmax(logits);
}

/** Seeded uniform source (mulberry32), so temperature fallback is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** OpenAI's gzip-ratio heuristic for repetition loops: UTF-8 length / zlib-compressed length. */
export function compressionRatio(text: string): number {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length === 0) return 0;
  return bytes.length / zlibSync(bytes, { level: 6 }).length;
}
