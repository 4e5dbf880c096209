import { describe, expect, it } from 'vitest';
import { type CodeCandidate, unsaidCount } from './code-candidates.js';
import { saidStems, unsaidDetail } from './coding-rules.js';

/** A candidate with its per-code terms, as the candidate index gives it. */
function withTerms(longTitle: string, synonyms: string): CodeCandidate {
  const names = [longTitle, ...(synonyms ? synonyms.split(' | ') : [])];
  return {
    code: 'X00.0',
    longTitle,
    shortTitle: longTitle,
    synonyms,
    rank: 1,
    terms: {
      vocabulary: new Set(),
      said: new Set(),
      names: names.map((name) => ({ name, informative: new Set(), detail: unsaidDetail(name, new Set()) })),
    },
  };
}

describe('unsaidCount', () => {
  const heartFailure = withTerms(
    'Hypertensive heart disease with heart failure and acute diastolic dysfunction',
    'Hypertensive heart failure with diastolic dysfunction',
  );
  const sprain = {
    ...withTerms('Sprain of anterior talofibular ligament of right ankle', ''),
    terms: undefined,
  };

  it('counts the fewest detail words any name adds, with or without the per-code terms', () => {
    const said = saidStems('his heart failure is back');
    const full = unsaidCount(heartFailure, said);
    expect(full).toBeGreaterThanOrEqual(2);
    expect(unsaidCount(sprain, saidStems('she rolled her ankle, a sprain'))).toBeGreaterThanOrEqual(2);
    expect(unsaidCount(sprain, saidStems('sprain of the anterior talofibular ligament, right ankle'))).toBe(
      0,
    );
  });

  it('stops counting at the cap, giving the same answer below it', () => {
    const cases: Array<[CodeCandidate, string]> = [
      [heartFailure, 'his heart failure is back'],
      [heartFailure, 'hypertensive heart failure with diastolic dysfunction'],
      [heartFailure, 'hypertensive heart failure'],
      [sprain, 'a sprain of the right ankle ligament'],
      [sprain, 'sprain of the anterior talofibular ligament, right ankle'],
    ];
    for (const [candidate, words] of cases) {
      const said = saidStems(words);
      const full = unsaidCount(candidate, said);
      for (const cap of [0, 1, 2, 5]) expect(unsaidCount(candidate, said, cap)).toBe(Math.min(full, cap));
    }
  });
});
