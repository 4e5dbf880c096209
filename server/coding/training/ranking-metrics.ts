export interface RankingScores {
  precisionAt5: number;
  recallAt10: number;
  averagePrecision: number;
}

/**
 * Ranking metrics of one document. `predicted` is deduplicated first (at category level several
 * codes collapse into one category); AP divides by the number of gold items, so unranked gold items
 * count as misses.
 */
export function scoreRanking(predicted: readonly string[], gold: readonly string[]): RankingScores {
  const relevant = new Set(gold);
  const ranked = [...new Set(predicted)];
  const hitsIn = (k: number) => ranked.slice(0, k).filter((p) => relevant.has(p)).length;
  let hits = 0;
  let sumPrecision = 0;
  ranked.forEach((p, i) => {
    if (!relevant.has(p)) return;
    hits += 1;
    sumPrecision += hits / (i + 1);
  });
  return {
    precisionAt5: hitsIn(5) / 5,
    recallAt10: relevant.size === 0 ? 0 : hitsIn(10) / relevant.size,
    averagePrecision: relevant.size === 0 ? 0 : sumPrecision / relevant.size,
  };
}
