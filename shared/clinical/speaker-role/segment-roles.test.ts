import { describe, expect, it } from 'vitest';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker } from '../transcript.js';
import { segmentRoles } from './segment-roles.js';

// An earache visit, in our own words, as one microphone records it.
const earache = withSyntheticTimes(
  [
    'Hi there, what brings you in today?',
    'My right ear has been aching since Sunday and I was up most of the night.',
    'Have you had a fever?',
    'It was 38.5 this morning, so I took some ibuprofen.',
    'Let me have a look in that ear. The eardrum is red and bulging.',
    'This is a middle ear infection. I am prescribing amoxicillin twice a day for seven days.',
  ].map((text) => ({ speaker: 'unknown' as Speaker, text })),
);

describe('segmentRoles', () => {
  it('guesses one role per unknown segment, with a confidence', () => {
    const roles = segmentRoles(earache);
    expect([...roles.keys()]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(roles.get(1)?.role).toBe('patient');
    expect(roles.get(4)?.role).toBe('clinician');
    for (const r of roles.values()) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('guesses nothing for recorded labels or corrected lines, which anchor the rest instead', () => {
    const labelled = earache.map((s, i) =>
      i === 0
        ? { ...s, speaker: 'clinician' as const }
        : i === 3
          ? { ...s, correctedRole: 'other' as const }
          : s,
    );
    const roles = segmentRoles(labelled);
    expect(roles.has(0)).toBe(false);
    expect(roles.has(3)).toBe(false);
    expect(roles.has(1)).toBe(true);
  });

  it('returns nothing when no line needs a guess', () => {
    expect(segmentRoles(earache.map((s) => ({ ...s, speaker: 'patient' as const }))).size).toBe(0);
    expect(segmentRoles(earache.map((s) => ({ ...s, correctedRole: 'patient' as const }))).size).toBe(0);
  });
});

describe('segmentRoles cache', () => {
  it('answers an unchanged transcript from the cache and guesses again when a segment is added', () => {
    const first = segmentRoles(earache.slice(0, 4));
    expect(segmentRoles(earache.slice(0, 4).map((s) => ({ ...s })))).toBe(first);
    const longer = segmentRoles(earache.slice(0, 5));
    expect(longer).not.toBe(first);
    expect(longer.has(4)).toBe(true);
    expect(first.has(4)).toBe(false);
  });

  it('guesses again when a line is corrected or its text edited', () => {
    const before = segmentRoles(earache);
    const corrected = segmentRoles(
      earache.map((s, i) => (i === 1 ? { ...s, correctedRole: 'other' as const } : s)),
    );
    expect(corrected.has(1)).toBe(false);
    expect(before.has(1)).toBe(true);
    const edited = earache.map((s, i) =>
      i === 1 ? { ...s, text: 'Have you taken anything for the pain, and did it help at all?' } : s,
    );
    expect(segmentRoles(edited).get(1)?.role).toBe('clinician');
    expect(segmentRoles(earache).get(1)?.role).toBe('patient');
  });
});
