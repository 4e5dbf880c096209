import { describe, expect, it } from 'vitest';
import { lcsLength, rougeL, rougeN, rougeTokens } from './rouge.js';

describe('rouge', () => {
  it('tokenises to lowercase alphanumeric words', () => {
    expect(rougeTokens('BP 120/80, Pt. denies pain!')).toEqual(['bp', '120', '80', 'pt', 'denies', 'pain']);
  });

  it('computes ROUGE-1 by hand: 5 of 6 candidate words, 5 of 6 reference words', () => {
    // candidate: the cat sat on the mat / reference: the cat was on the mat
    // clipped overlap: the×2, cat, on, mat = 5
    const r = rougeN('the cat sat on the mat', 'the cat was on the mat', 1);
    expect(r.precision).toBeCloseTo(5 / 6);
    expect(r.recall).toBeCloseTo(5 / 6);
    expect(r.f1).toBeCloseTo(5 / 6);
  });

  it('clips repeated words to the reference count', () => {
    const r = rougeN('the the the', 'the cat', 1);
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(1 / 2);
  });

  it('computes ROUGE-2 by hand', () => {
    // bigrams cand: the cat, cat sat, sat on, on the, the mat; ref: the cat, cat was, was on, on the, the mat → 3 shared
    const r = rougeN('the cat sat on the mat', 'the cat was on the mat', 2);
    expect(r.precision).toBeCloseTo(3 / 5);
    expect(r.f1).toBeCloseTo(3 / 5);
  });

  it('computes the LCS and ROUGE-L by hand', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3);
    // LCS of "police killed the gunman" / "police kill the gunman" = police, the, gunman = 3
    const r = rougeL('police kill the gunman', 'police killed the gunman');
    expect(r.precision).toBeCloseTo(3 / 4);
    expect(r.recall).toBeCloseTo(3 / 4);
  });

  it('returns zeros for empty text', () => {
    expect(rougeN('', 'a b', 1).f1).toBe(0);
    expect(rougeL('a b', '').f1).toBe(0);
  });
});
