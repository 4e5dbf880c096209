import { describe, expect, it } from 'vitest';
import { unsaidDetail } from './coding-rules.js';
import { termDetailText } from './index-term-detail.js';
import { stemSet } from './term-words.js';

describe('termDetailText', () => {
  it("drops the main term's other word forms and a limb grouping a named part replaces", () => {
    const foot =
      'Ulcer, ulcerated, ulcerating, ulceration, ulcerative lower limb (atrophic) (chronic) foot specified NEC right';
    expect(termDetailText(foot)).not.toMatch(/ulcerat|lower limb/);
    // A wound clinic's "ulcer on my right foot" then leaves no detail of the term unsaid.
    expect(unsaidDetail(termDetailText(foot), stemSet('right foot ulcer'))).toEqual([]);
    expect(unsaidDetail(foot, stemSet('right foot ulcer')).length).toBeGreaterThan(0);
    expect(termDetailText('Calculus, calculi, calculous ureter')).toBe('Calculus ureter');
  });

  it('keeps forms that are other words, and a limb said without a part', () => {
    // A paediatric "disease, hand, foot and mouth" keeps its own words.
    expect(termDetailText('Disease, diseased hand, foot and mouth')).toBe('Disease hand, foot and mouth');
    expect(termDetailText('Cellulitis lower limb')).toBe('Cellulitis lower limb');
    expect(termDetailText('Pain, abdominal')).toBe('Pain, abdominal');
  });
});
