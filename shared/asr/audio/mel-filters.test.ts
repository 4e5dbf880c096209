import { describe, expect, it } from 'vitest';
import { parseNpz } from '../../../test/fixtures/speech/npy.js';
import { readAsrBytes } from '../../../test/fixtures/speech/shared-data.js';
import { hzToMelSlaney, melFilterBank, melToHzSlaney, sparsifyMelFilters } from './mel-filters.js';

const whisperFilters = parseNpz(readAsrBytes('whisper-assets', 'mel_filters.npz'));

describe('melFilterBank', () => {
  it.each([80, 128] as const)('matches whisper mel_filters.npz mel_%i within 1e-6', (nMels) => {
    const reference = whisperFilters.get(`mel_${nMels}`);
    expect(reference?.shape).toEqual([nMels, 201]);
    const ours = melFilterBank(nMels);
    expect(ours.length).toBe(nMels * 201);
    let maxDiff = 0;
    for (let i = 0; i < ours.length; i++)
      maxDiff = Math.max(maxDiff, Math.abs(ours[i]! - reference!.data[i]!));
    expect(maxDiff).toBeLessThan(1e-6);
  });

  it('uses the Slaney mel scale (linear below 1 kHz, log above) and inverts it', () => {
    expect(hzToMelSlaney(1000)).toBeCloseTo(15, 12);
    expect(hzToMelSlaney(200)).toBeCloseTo(3, 12);
    for (const hz of [0, 123, 999, 1000, 4321, 8000])
      expect(melToHzSlaney(hzToMelSlaney(hz))).toBeCloseTo(hz, 9);
  });
});

describe('sparsifyMelFilters', () => {
  it('keeps every non-zero weight inside the recorded span of its row', () => {
    const dense = melFilterBank(80);
    const sparse = sparsifyMelFilters(dense, 80);
    let inside = 0;
    let nonZero = 0;
    for (let m = 0; m < 80; m++) {
      for (let k = 0; k < 201; k++) {
        const w = dense[m * 201 + k]!;
        if (w !== 0) nonZero++;
        if (k >= sparse.start[m]! && k < sparse.end[m]!) inside += w !== 0 ? 1 : 0;
      }
      expect(sparse.end[m]!).toBeGreaterThan(sparse.start[m]!);
    }
    expect(inside).toBe(nonZero);
    // The point of the sparse form: far fewer multiply-adds than the dense 80 × 201.
    const span = Array.from(sparse.end).reduce((s, e, m) => s + e - sparse.start[m]!, 0);
    expect(span).toBeLessThan(80 * 201 * 0.2);
  });
});
