import { describe, expect, it } from 'vitest';
import { profileMatches, tfidfVector } from './code-profiles.js';
import { fitCodeProfiles } from './training/fit-code-profiles.js';

const occurrence = (words: string) => ({ evidence: { seq: 0, start: 0, end: words.length }, words });
const featuresOf = (...keys: string[]) => new Map(keys.map((k) => [k, occurrence(k.slice(2))]));

describe('code profiles', () => {
  const docs = [
    { features: ['w:hemoptysis', 'w:cough', 'w:lung'], codes: new Set(['R042']) },
    { features: ['w:hemoptysis', 'w:blood', 'w:cough'], codes: new Set(['R042', 'R05']) },
    { features: ['w:fever', 'w:cough', 'w:lung'], codes: new Set(['R509', 'R05']) },
    { features: ['w:fever', 'w:chill'], codes: new Set(['R509']) },
    { features: ['w:rash'], codes: new Set(['R21']) },
  ];
  const model = fitCodeProfiles(docs);

  it('profiles only codes coded in at least two reports, as unit vectors', () => {
    expect(Object.keys(model.codes).sort()).toEqual(['R042', 'R05', 'R509']);
    expect(Object.keys(model.categories).sort()).toEqual(['R04', 'R05', 'R50']);
    for (const [, weights] of Object.values(model.codes)) {
      const norm = Math.sqrt(Object.values(weights).reduce((s, w) => s + w * w, 0));
      expect(norm).toBeCloseTo(1, 3);
    }
  });

  it('ranks the code whose words were said first, with those words as evidence', () => {
    const matches = profileMatches(model, featuresOf('w:hemoptysis', 'w:blood'));
    expect(matches[0]?.code).toBe('R042');
    expect(matches[0]?.prior).toBeCloseTo(2 / 5);
    expect(matches[0]?.categorySimilarity).toBeGreaterThan(0);
    expect(matches[0]?.categoryPrior).toBeCloseTo(2 / 5);
    expect(matches[0]?.evidence.map((e) => e.words)).toContain('hemoptysis');
    expect(profileMatches(model, featuresOf('w:unknownword'))).toEqual([]);
  });

  it('is deterministic and weighs rare words above common ones', () => {
    expect(JSON.stringify(fitCodeProfiles(docs))).toBe(JSON.stringify(model));
    const v = tfidfVector(model.idf, ['w:hemoptysis', 'w:cough']);
    expect(v.get('w:hemoptysis') ?? 0).toBeGreaterThan(v.get('w:cough') ?? 0);
  });
});
