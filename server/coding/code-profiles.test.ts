import { describe, expect, it } from 'vitest';
import { neighbourVotes, profileMatches, tfidfVector } from './code-profiles.js';
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

  it('lets the reports nearest to an encounter vote for their codes and categories', () => {
    expect(model.reports).toHaveLength(docs.length);
    const votes = neighbourVotes(model, featuresOf('w:hemoptysis', 'w:blood'), 2);
    // The two hemoptysis reports are the nearest: R04.2 has all their vote, R05 the weaker one's.
    expect(votes.codes.get('R042')).toBeCloseTo(1);
    expect(votes.codes.get('R05') ?? 0).toBeGreaterThan(0);
    expect(votes.codes.get('R05') ?? 0).toBeLessThan(1);
    expect(votes.codes.has('R21')).toBe(false);
    expect(votes.categories.get('R04')).toBeCloseTo(1);
    expect(neighbourVotes(model, featuresOf('w:unknownword')).codes.size).toBe(0);
  });

  it('is deterministic and weighs rare words above common ones', () => {
    expect(JSON.stringify(fitCodeProfiles(docs))).toBe(JSON.stringify(model));
    const v = tfidfVector(model.idf, ['w:hemoptysis', 'w:cough']);
    expect(v.get('w:hemoptysis') ?? 0).toBeGreaterThan(v.get('w:cough') ?? 0);
  });
});
