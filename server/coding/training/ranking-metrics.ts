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

/**
 * Mean scores of ranked code lists at full-code and 3-character category level, as eval:codes reports
 * them: each list against its report's gold codes (same order).
 */
export function meanScores(
  lists: ReadonlyArray<readonly string[]>,
  gold: ReadonlyArray<readonly string[]>,
): { full: RankingScores; category: RankingScores } {
  const sum = () => ({ precisionAt5: 0, recallAt10: 0, averagePrecision: 0 });
  const totals = { full: sum(), category: sum() };
  const n = Math.max(lists.length, 1);
  const category = (codes: readonly string[]) => codes.map((c) => c.slice(0, 3));
  lists.forEach((list, i) => {
    const codes = gold[i] ?? [];
    for (const [level, scores] of [
      ['full', scoreRanking(list, codes)],
      ['category', scoreRanking(category(list), category(codes))],
    ] as const) {
      totals[level].precisionAt5 += scores.precisionAt5 / n;
      totals[level].recallAt10 += scores.recallAt10 / n;
      totals[level].averagePrecision += scores.averagePrecision / n;
    }
  });
  return totals;
}
