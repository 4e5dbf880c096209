import { describe, expect, it } from 'vitest';
import { withoutUnsitedPain } from './unsited-pain.js';

const code = (c: string, confidence: number) => ({ code: c, confidence });

describe('withoutUnsitedPain', () => {
  it('drops "pain, unspecified" beside a proposed pain of a named site, ranked above or below it', () => {
    // A teenager's knee after football: "the pain" said often, the knee once.
    expect(withoutUnsitedPain([code('R52', 0.6), code('M25561', 0.2)], 0.05).map((c) => c.code)).toEqual([
      'M25561',
    ]);
    // A telehealth follow-up for belly pain.
    expect(withoutUnsitedPain([code('R1084', 0.7), code('R52', 0.3)], 0.05).map((c) => c.code)).toEqual([
      'R1084',
    ]);
  });

  it('keeps it when no sited pain is proposed, or only one below the floor', () => {
    expect(withoutUnsitedPain([code('R52', 0.6), code('F411', 0.4)], 0.05)).toHaveLength(2);
    expect(withoutUnsitedPain([code('R52', 0.6), code('M25561', 0.01)], 0.05)).toHaveLength(2);
  });
});
