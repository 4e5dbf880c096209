import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

/** What a match says: where, what, its groups. */
const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

const TEXTS = [
  'She has had a cough for 3 weeks he says it is worse at night',
  'His knee is swollen, her ankle is fine; the toddler was fussy.',
  'Telehealth follow-up: mood low, sleep poor, no thoughts of self-harm.',
  '',
  'ab🙂cd',
];
const PATTERNS = [
  /\b(?:he|she|it)\s+(is|was|says)\b/gi,
  /\b(?<who>his|her)\s+(\w+)\s+is\b/gi,
  /\b/g, // empty matches only
  /(?:)/gu, // empty matches, stepping over a surrogate pair
  /\d*/g,
];

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches included', () => {
    for (const re of PATTERNS)
      for (const text of TEXTS) expect(shape(allMatches(re, text))).toEqual(shape([...text.matchAll(re)]));
  });

  it('starts from lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /\bpain\b/g;
    const text = 'pain in the calf, pain at rest';
    re.lastIndex = 5;
    const expected = shape([...text.matchAll(re)]);
    expect(shape(allMatches(re, text))).toEqual(expected);
    expect(expected).toHaveLength(1);
    expect(re.lastIndex).toBe(5);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/pain/, 'pain')).toThrow(TypeError);
    expect(() => 'pain'.matchAll(/pain/)).toThrow(TypeError);
  });
});
