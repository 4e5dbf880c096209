import { describe, expect, it } from 'vitest';
import { titleOnly } from './codes.search.js';
import { mostWordsQuery } from './search-query.js';

describe('tsquery builders', () => {
  it('drops the groups a caller rejects from an all-but-one query', () => {
    expect(mostWordsQuery(['cellulitis', 'leg'], 1)).toBe('(cellulitis & leg) | (leg) | (cellulitis)');
    expect(mostWordsQuery(['cellulitis', 'leg'], 1, (g) => g.some((w) => w.length > 3))).toBe(
      '(cellulitis & leg) | (cellulitis)',
    );
  });

  it('restricts every word to title lexemes (weight A) as a prefix', () => {
    expect(titleOnly('fract:* & femur:*')).toBe('fract:*A & femur:*A');
    expect(titleOnly('(a1:* & b:*) | (c)')).toBe('(a1:*A & b:*A) | (c:*A)');
  });
});
