import { describe, expect, it } from 'vitest';
import { joinsNothing, patternUnion } from './pattern-union.js';

describe('patternUnion', () => {
  const patterns = [
    /\bheart failure\b/i,
    /\b(?:asthma|wheez\w*)\b(?! free)/i,
    /^\s*(?:sprained|twisted) (?:ankle|wrist)/i,
  ];
  const union = patternUnion(patterns);

  it('matches a text exactly when one of its patterns does', () => {
    const texts = [
      'Her heart failure is stable on the water pill.',
      'He has been wheezing at night since the cold.',
      'Twisted ankle playing football on Saturday.',
      'She says she is wheeze free this month.',
      'The sprained ankle was last year.',
      'A telehealth follow-up for anxiety and low mood.',
      '',
    ];
    for (const text of texts) expect(union.test(text), text).toBe(patterns.some((p) => p.test(text)));
    expect(joinsNothing(union)).toBe(false);
  });

  it('keeps the flags that change a match and drops global and sticky', () => {
    expect(patternUnion([/croup/gi, /bronchiolitis/i]).flags).toBe('i');
    expect(patternUnion([/croup/gi, /bronchiolitis/i]).test('CROUP in the toddler')).toBe(true);
    expect(patternUnion([/croup/g]).test('CROUP in the toddler')).toBe(false);
  });

  it('matches every text when the patterns cannot be joined', () => {
    // A back reference counts groups, a named group needs a unique name, flags must agree.
    for (const cannot of [
      [/\b(\w+) \1\b/i, /panic attacks?/i],
      [/(?<side>left|right) knee/i, /gout/i],
      [/gout/i, /GOUT/],
    ])
      expect(joinsNothing(patternUnion(cannot))).toBe(true);
    expect(patternUnion([/(?<=right )knee/i, /(?<!no )gout/i]).test('no gout here')).toBe(false);
  });

  it('matches no text when there are no patterns', () => {
    expect(patternUnion([]).test('depression screening')).toBe(false);
  });
});
