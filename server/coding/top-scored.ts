/**
 * The first `limit` of `entries` in the order `compare` gives them, as sorting all of them and
 * slicing would, without sorting all: `compare` must order by score, highest first, before any
 * tie-break, so only entries scoring at least the `limit`-th best score can be among the first
 * `limit`. Code suggestion ranks thousands of profile similarities per visit to keep a few hundred.
 */
export function topScored<K>(
  entries: Iterable<readonly [K, number]>,
  limit: number,
  compare: (a: readonly [K, number], b: readonly [K, number]) => number,
): Array<[K, number]> {
  const all = Array.from(entries, ([key, score]): [K, number] => [key, score]);
  if (limit <= 0) return [];
  if (all.length <= limit) return all.sort(compare);
  const scores = Float64Array.from(all, ([, score]) => score).sort();
  const threshold = scores[scores.length - limit] ?? Number.NEGATIVE_INFINITY;
  return all
    .filter(([, score]) => score >= threshold)
    .sort(compare)
    .slice(0, limit);
}
