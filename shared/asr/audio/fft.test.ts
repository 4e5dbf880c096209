import { describe, expect, it } from 'vitest';
import { ComplexFft } from './fft.js';
import { RealFft } from './real-fft.js';

/** Deterministic PRNG (mulberry32) so a failure is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

function naiveDft(re: Float64Array, im: Float64Array): { re: Float64Array; im: Float64Array } {
  const n = re.length;
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let j = 0; j < n; j++) {
      // Reduce jk mod n first so the angle stays small and exact.
      const angle = (-2 * Math.PI * ((j * k) % n)) / n;
      sr += re[j]! * Math.cos(angle) - im[j]! * Math.sin(angle);
      si += re[j]! * Math.sin(angle) + im[j]! * Math.cos(angle);
    }
    outRe[k] = sr;
    outIm[k] = si;
  }
  return { re: outRe, im: outIm };
}

/** max |a − b| relative to the largest magnitude of the reference spectrum. */
function relativeError(
  aRe: Float64Array,
  aIm: Float64Array,
  bRe: Float64Array,
  bIm: Float64Array,
  n: number,
) {
  let maxDiff = 0;
  let maxMag = 0;
  for (let k = 0; k < n; k++) {
    maxDiff = Math.max(maxDiff, Math.hypot(aRe[k]! - bRe[k]!, aIm[k]! - bIm[k]!));
    maxMag = Math.max(maxMag, Math.hypot(bRe[k]!, bIm[k]!));
  }
  return maxDiff / maxMag;
}

describe('ComplexFft', () => {
  it.each([1, 2, 3, 4, 5, 7, 8, 12, 30, 97, 100, 128, 200, 360, 400, 1024])(
    'matches a naive DFT for n=%i',
    (n) => {
      const rand = random(n);
      const re = Float64Array.from({ length: n }, rand);
      const im = Float64Array.from({ length: n }, rand);
      const expected = naiveDft(re, im);
      const fft = new ComplexFft(n);
      fft.forward(re, im);
      expect(relativeError(re, im, expected.re, expected.im, n)).toBeLessThan(1e-9);
    },
  );

  it('gives the same result when reused (no state leaks between calls)', () => {
    const fft = new ComplexFft(200);
    const rand = random(7);
    const re = Float64Array.from({ length: 200 }, rand);
    const im = Float64Array.from({ length: 200 }, rand);
    const re2 = re.slice();
    const im2 = im.slice();
    fft.forward(re, im);
    fft.forward(new Float64Array(200).fill(1), new Float64Array(200));
    fft.forward(re2, im2);
    expect(Array.from(re2)).toEqual(Array.from(re));
    expect(Array.from(im2)).toEqual(Array.from(im));
  });

  it('rejects invalid sizes', () => {
    expect(() => new ComplexFft(0)).toThrow(RangeError);
    expect(() => new ComplexFft(2.5)).toThrow(RangeError);
  });
});

describe('RealFft', () => {
  it.each([2, 3, 8, 15, 64, 400, 512, 1000])('matches a naive DFT of real input for n=%i', (n) => {
    const rand = random(1000 + n);
    const input = Float64Array.from({ length: n }, rand);
    const expected = naiveDft(input, new Float64Array(n));
    const fft = new RealFft(n);
    const re = new Float64Array(fft.bins);
    const im = new Float64Array(fft.bins);
    fft.forward(input, re, im);
    expect(fft.bins).toBe(Math.floor(n / 2) + 1);
    expect(relativeError(re, im, expected.re, expected.im, fft.bins)).toBeLessThan(1e-9);
  });

  it('computes the power spectrum of a pure tone at its bin', () => {
    const n = 400;
    const fft = new RealFft(n);
    // 1 kHz at 16 kHz with n=400 falls exactly on bin 25 (40 Hz per bin).
    const input = Float64Array.from({ length: n }, (_, j) => Math.cos((2 * Math.PI * 1000 * j) / 16000));
    const power = new Float64Array(fft.bins);
    fft.powerSpectrum(input, power, new Float64Array(fft.bins), new Float64Array(fft.bins));
    expect(power[25]).toBeCloseTo((n / 2) ** 2, 6);
    expect(power[24]).toBeLessThan(1e-12);
    expect(power[0]).toBeLessThan(1e-12);
  });
});
