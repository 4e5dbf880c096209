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
