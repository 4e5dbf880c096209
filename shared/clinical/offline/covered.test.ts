import { describe, expect, it } from 'vitest';
import { withoutCoveredReviews } from './covered.js';
import { builtinResources } from './resources.js';
import type { Fact } from './types.js';

const fact = (text: string, review?: string): Fact => ({
  category: 'plan',
  text,
  evidence: [{ seq: 0, start: 0, end: text.length }],
  ...(review ? { review } : {}),
});

describe('withoutCoveredReviews', () => {
  const resources = builtinResources();

  it('leaves out a flagged run-on whose every finding is written in a clean sentence', () => {
    const facts = [
      fact('Increase furosemide to 40 mg daily.'),
      fact('Weight is up 3 pounds since last week.'),
      fact('I was thinking we go up on the furosemide to 40 mg daily you know.', 'reword'),
    ];
    const out = withoutCoveredReviews(facts, resources);
    expect(out.facts.map((f) => f.text)).toEqual([facts[0]?.text, facts[1]?.text]);
    expect(out.dropped).toBe(1);
  });

  it('keeps a flagged sentence that holds a number or a drug said nowhere else', () => {
    const facts = [
      fact('Increase furosemide to 40 mg daily.'),
      fact('I have also been giving him 2 puffs of albuterol at night you know.', 'reword'),
    ];
    expect(withoutCoveredReviews(facts, resources).facts).toHaveLength(2);
  });

  it('keeps a flagged sentence whose words say more than the clean ones', () => {
    const facts = [
      fact('Left ankle sprain 2 days ago.'),
      fact('So you rolled it 2 days ago stepping off the bus and heard a popping sound.', 'reword'),
    ];
    expect(withoutCoveredReviews(facts, resources).facts).toHaveLength(2);
  });

  it('keeps a flagged sentence with nothing recognisably clinical rather than guess', () => {
    const facts = [fact('Follow-up by video in 2 weeks.'), fact('I will send you the link okay.', 'reword')];
    expect(withoutCoveredReviews(facts, resources).facts).toHaveLength(2);
  });
});
