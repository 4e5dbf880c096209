/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function of `x` that best
 * fits the 0/1 `labels` in squared error. Returned as [mean x of a step, share of positives] per step,
 * in increasing x, which category-ranking.ts interpolates; deterministic, so training is byte for byte.
 */
export function fitIsotonic(x: readonly number[], labels: readonly number[]): Array<[number, number]> {
  const order = x.map((_, i) => i).sort((a, b) => (x[a] ?? 0) - (x[b] ?? 0) || a - b);
  const blocks: Array<{ positives: number; n: number; xSum: number }> = [];
  for (const i of order) {
    blocks.push({ positives: labels[i] ?? 0, n: 1, xSum: x[i] ?? 0 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const before = blocks[blocks.length - 2];
      if (!last || !before || before.positives / before.n < last.positives / last.n) break;
      blocks.splice(-2, 2, {
        positives: before.positives + last.positives,
        n: before.n + last.n,
        xSum: before.xSum + last.xSum,
      });
    }
  }
  return blocks.map((b) => [b.xSum / b.n, b.positives / b.n]);
}
