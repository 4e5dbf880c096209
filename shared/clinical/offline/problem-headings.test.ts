import { describe, expect, it } from 'vitest';
import { withProblemHeadings } from './problem-headings.js';
import type { Fact } from './types.js';

const plan = (text: string): Fact => ({ category: 'plan', text, evidence: [{ seq: 0, start: 0, end: 1 }] });

// Phrasings written for these tests, not taken from any data set.
describe('withProblemHeadings', () => {
  it('never takes the "of" of "first problem of her asthma" for the problem', () => {
    const [fact] = withProblemHeadings([plan('For her first problem of her asthma.')]);
    expect(fact?.text).toBe('Problem: asthma.');
  });

  it('heads what follows with the problem named inline', () => {
    const [fact] = withProblemHeadings([
      plan('For his second problem his ankle sprain will continue the brace.'),
    ]);
    expect(fact?.text).toBe('Ankle sprain: will continue the brace.');
  });
});
