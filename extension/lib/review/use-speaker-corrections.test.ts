import { describe, expect, it } from 'vitest';
import { correctionsSince } from './use-speaker-corrections.js';

describe('correctionsSince', () => {
  const versionAt = '2026-03-02T09:00:00.000Z';
  it('counts stored corrections newer than the version on screen, and this session’s changes', () => {
    const lines = [
      { seq: 0, correctedRole: 'patient' as const, roleCorrectedAt: '2026-03-02T08:59:00.000Z' },
      { seq: 1, correctedRole: 'other' as const, roleCorrectedAt: '2026-03-02T09:01:00.000Z' },
      { seq: 2, roleCorrectedAt: null },
    ];
    expect([...correctionsSince(lines, versionAt, new Set())]).toEqual([1]);
    // A withdrawal in this session (no correction stored any more) still calls for a re-draft.
    expect([...correctionsSince(lines, versionAt, new Set([2]))].sort()).toEqual([1, 2]);
    expect(correctionsSince(lines, '2026-03-02T09:02:00.000Z', new Set()).size).toBe(0);
  });
});
