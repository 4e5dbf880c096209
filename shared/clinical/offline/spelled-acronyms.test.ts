import { describe, expect, it } from 'vitest';
import { withSyntheticTimes } from '../transcript/timing.js';
import { extractFacts } from './facts.js';
import { loadOfflineResources } from './node-resources.js';
import { withSpelledAcronyms } from './spelled-acronyms.js';

const resources = loadOfflineResources();

describe('withSpelledAcronyms', () => {
  it('writes an abbreviation said letter by letter as one', () => {
    expect(withSpelledAcronyms('the e k g showed sinus rhythm')).toBe('the EKG showed sinus rhythm');
    expect(withSpelledAcronyms('he needs i v fluids tonight')).toBe('he needs IV fluids tonight');
    expect(withSpelledAcronyms('she is on the d a s h diet')).toBe('she is on the DASH diet');
    expect(withSpelledAcronyms('no history of d v t')).toBe('no history of DVT');
  });

  it('keeps an article before the letters, and leaves two letters with an "a" among them or a stutter', () => {
    expect(withSpelledAcronyms('we will get a c t of the head')).toBe('we will get a CT of the head');
    expect(withSpelledAcronyms('one tablet of vitamin d a day')).toBe('one tablet of vitamin d a day');
    expect(withSpelledAcronyms('grade a murmur heard at the apex')).toBe('grade a murmur heard at the apex');
    expect(withSpelledAcronyms('i i would like to start an inhaler')).toBe(
      'i i would like to start an inhaler',
    );
  });
});

describe('drafting an unlabelled transcript with spelled abbreviations', () => {
  it('keeps the treatment and the imaging readable (foot infection, neck pain)', () => {
    const texts = extractFacts(
      withSyntheticTimes(
        [
          'what brings you in',
          'they gave me i v antibiotics in the hospital for my foot infection last month',
          'any imaging',
          'the m r i of my neck showed a bulging disc and my arm is numb',
        ].map((text) => ({ speaker: 'unknown' as const, text })),
      ),
      resources,
    ).facts.map((f) => f.text);
    expect(texts.some((t) => /\bIV antibiotics\b/.test(t))).toBe(true);
    expect(texts.some((t) => /^The MRI of their neck showed a bulging disc/.test(t))).toBe(true);
    expect(texts.some((t) => /the patient v\b|m r/.test(t))).toBe(false);
  });
});
