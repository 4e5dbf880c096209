import { describe, expect, it } from 'vitest';
import { topScored } from './top-scored.js';

const byScoreThenName = (a: readonly [string, number], b: readonly [string, number]) =>
  b[1] - a[1] || a[0].localeCompare(b[0]);
const sortedSlice = (entries: Array<[string, number]>, limit: number) =>
  [...entries].sort(byScoreThenName).slice(0, limit);

describe('topScored', () => {
  it('keeps the best scores in the order a full sort gives, ties by the tie-break', () => {
    const entries: Array<[string, number]> = [
      ['sprain', 0.2],
      ['asthma', 0.9],
      ['otitis', 0.5],
      ['gout', 0.5],
      ['anxiety', 0.5],
      ['heart failure', 0.1],
    ];
    expect(topScored(entries, 3, byScoreThenName)).toEqual([
      ['asthma', 0.9],
      ['anxiety', 0.5],
      ['gout', 0.5],
    ]);
  });

  it('matches sorting everything and slicing on many random lists', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(random() * 60);
      // Few distinct scores, so ties straddle the cut.
      const entries = Array.from({ length: n }, (_, i): [string, number] => [
        `code${i}`,
        Math.floor(random() * 6) / 5,
      ]);
      const limit = Math.floor(random() * 20);
      expect(topScored(entries, limit, byScoreThenName)).toEqual(sortedSlice(entries, limit));
    }
  });

  it('returns nothing for a limit of zero and everything sorted when the limit is larger', () => {
    const entries: Array<[string, number]> = [
      ['telehealth follow-up', 0.3],
      ['depression', 0.7],
    ];
    expect(topScored(entries, 0, byScoreThenName)).toEqual([]);
    expect(topScored(new Map(entries), 10, byScoreThenName)).toEqual([
      ['depression', 0.7],
      ['telehealth follow-up', 0.3],
    ]);
  });
});
