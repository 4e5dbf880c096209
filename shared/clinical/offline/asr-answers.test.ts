import { describe, expect, it } from 'vitest';
import { withSyntheticTimes } from '../transcript/timing.js';
import { extractFacts } from './facts.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();

/** Facts from lines in our own words, unpunctuated and unlabelled as speech recognition gives them. */
const factsOf = (lines: string[]) =>
  extractFacts(withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as const, text }))), resources)
    .facts;

describe('extractFacts on unpunctuated speech', () => {
  it('documents a question and its answer said in one breath, after a remark on the last answer', () => {
    const facts = factsOf([
      'how is the rash on your hands doing',
      'it is a lot less itchy since i started the cream',
      'good to hear any blisters or oozing no',
    ]);
    expect(facts.map((f) => f.text)).toContain('Denies blisters or oozing.');
    const denial = facts.find((f) => f.text === 'Denies blisters or oozing.');
    expect(denial?.category).toBe('ros');
    expect(denial?.assertion).toBe('negated');
  });

  it('reads a "no" without its comma as the answer, then documents what follows it', () => {
    const texts = factsOf(['do you still vape', 'no i stopped about six months ago']).map((f) => f.text);
    expect(texts).toContain('Denies current vaping.');
    expect(texts.some((t) => /stopped about 6 months ago/i.test(t))).toBe(true);
  });

  it('keeps the findings said with the vitals as well as the vitals line', () => {
    const texts = factsOf([
      'there is a faint crackle at the left base and your oxygen is ninety four percent',
    ]).map((f) => f.text);
    expect(texts).toContain('SpO2 94%.');
    expect(texts.some((t) => /faint crackle at the left base/.test(t))).toBe(true);
  });

  it('keeps "problems with" before a body part or a function in a denial (telehealth diabetes follow-up)', () => {
    const facts = factsOf(['any problems with your hearing since the new medicine', 'no']);
    const texts = facts.map((f) => f.text);
    expect(texts).toContain('Denies problems with their hearing since the new medicine.');
    expect(texts.some((t) => /^Denies their\b/.test(t))).toBe(false);
  });
});
