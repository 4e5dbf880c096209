import { describe, expect, it } from 'vitest';
import { symptomCombination, withSymptomCombinations } from './symptom-combinations.js';

const TITLES: Record<string, string> = { R112: 'Nausea with vomiting, unspecified' };
const titleOf = (code: string) => TITLES[code];
/** A code retrieved from the words (`said`) or only proposed by a learned profile. */
const proposed = (code: string, confidence: number, phrase: string, said = true) => ({
  code,
  title: code,
  confidence,
  phrases: [phrase],
  evidence: [{ seq: 0, start: 0, end: 1, phrase }],
  supports: said ? [{ mentionKey: phrase }] : [],
});

describe('symptom combinations', () => {
  it('codes a toddler who feels sick and keeps throwing up as nausea with vomiting, in the stronger part’s place', () => {
    const codes = [
      proposed('J069', 0.9, 'cold'),
      proposed('R1110', 0.7, 'vomiting'),
      proposed('R509', 0.6, 'fever'),
      proposed('R110', 0.4, 'nausea'),
    ];
    const combined = withSymptomCombinations(codes, titleOf);
    expect(combined.map((c) => c.code)).toEqual(['J069', 'R112', 'R509']);
    expect(combined[1]).toMatchObject({ confidence: 0.7, title: 'Nausea with vomiting, unspecified' });
    expect(combined[1]?.phrases.sort()).toEqual(['nausea', 'vomiting']);
  });

  it('replaces "vomiting without nausea" when the nausea was said too', () => {
    expect(symptomCombination(['R110', 'R1111'])).toEqual({ add: ['R112'], remove: ['R110', 'R1111'] });
  });

  it('leaves nausea alone in a migraine follow-up where nobody vomited', () => {
    const codes = [proposed('G43909', 0.8, 'migraine'), proposed('R110', 0.5, 'nausea')];
    expect(withSymptomCombinations(codes, titleOf).map((c) => c.code)).toEqual(['G43909', 'R110']);
  });

  it('makes no combination from a part only a learned profile proposed', () => {
    // A back-strain visit where nausea was only asked about: the profile's nausea guess stays a guess.
    const codes = [proposed('R1110', 0.3, 'vomiting'), proposed('R110', 0.2, 'physical', false)];
    expect(withSymptomCombinations(codes, titleOf).map((c) => c.code)).toEqual(['R1110', 'R110']);
  });

  it('keeps the parts when the loaded release has no combination code', () => {
    const codes = [proposed('R110', 0.5, 'nausea'), proposed('R1110', 0.5, 'vomiting')];
    expect(withSymptomCombinations(codes, () => undefined).map((c) => c.code)).toEqual(['R110', 'R1110']);
  });
});
