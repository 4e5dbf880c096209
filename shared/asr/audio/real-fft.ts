import { ComplexFft } from './fft.js';

/**
 * Forward FFT of a real signal, returning the n/2+1 non-negative-frequency bins. For even n it packs
 * x[2j] + i·x[2j+1] into an n/2-point complex FFT and untangles the even/odd spectra afterwards, so a
 * 400-point Whisper frame costs one 200-point complex FFT. Buffers and twiddles are allocated once.
 */
export class RealFft {
  readonly size: number;
  /** Number of output bins, n/2 + 1 (201 for Whisper's n_fft = 400). */
  readonly bins: number;
  private readonly complex: ComplexFft;
  private readonly zRe: Float64Array;
  private readonly zIm: Float64Array;
  // e^(−2πi·k/n) for k ≤ n/2, used to recombine the even/odd half spectra.
  private readonly wRe: Float64Array;
  private readonly wIm: Float64Array;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 2) throw new RangeError(`Real FFT size must be an integer ≥ 2, got ${n}`);
    this.size = n;
    this.bins = Math.floor(n / 2) + 1;
    const even = n % 2 === 0;
    const complexSize = even ? n / 2 : n;
    this.complex = new ComplexFft(complexSize);
    this.zRe = new Float64Array(complexSize);
    this.zIm = new Float64Array(complexSize);
    this.wRe = new Float64Array(this.bins);
    this.wIm = new Float64Array(this.bins);
    for (let k = 0; k < this.bins; k++) {
      this.wRe[k] = Math.cos((-2 * Math.PI * k) / n);
      this.wIm[k] = Math.sin((-2 * Math.PI * k) / n);
    }
  }

  /** Spectrum of `input` (first `size` values) into outRe/outIm (each ≥ `bins` long). */
  forward(input: ArrayLike<number>, outRe: Float64Array, outIm: Float64Array): void {
    const { size: n, zRe, zIm } = this;
    if (input.length < n) throw new RangeError(`Real FFT input must hold ${n} values, got ${input.length}`);
    if (n % 2 !== 0) {
      // Odd sizes are rare (never on the Whisper path): plain complex FFT with zero imaginary part.
      for (let j = 0; j < n; j++) {
        zRe[j] = input[j]!;
        zIm[j] = 0;
      }
      this.complex.forward(zRe, zIm);
      for (let k = 0; k < this.bins; k++) {
        outRe[k] = zRe[k]!;
        outIm[k] = zIm[k]!;
      }
      return;
    }
    const half = n / 2;
    for (let j = 0; j < half; j++) {
      zRe[j] = input[2 * j]!;
      zIm[j] = input[2 * j + 1]!;
    }
    this.complex.forward(zRe, zIm);
    const { wRe, wIm } = this;
    for (let k = 0; k <= half; k++) {
      const a = k === half ? 0 : k;
      const b = k === 0 ? 0 : half - k;
      const zr = zRe[a]!;
      const zi = zIm[a]!;
      // conj(Z[half − k])
      const cr = zRe[b]!;
      const ci = -zIm[b]!;
      // Even-sample spectrum E = (Z + conj)/2, odd-sample spectrum O = (Z − conj)/(2i).
      const er = 0.5 * (zr + cr);
      const ei = 0.5 * (zi + ci);
      const or = 0.5 * (zi - ci);
      const oi = -0.5 * (zr - cr);
      const wr = wRe[k]!;
      const wi = wIm[k]!;
      outRe[k] = er + or * wr - oi * wi;
      outIm[k] = ei + or * wi + oi * wr;
    }
  }

  /** |X[k]|² for k < bins, written into `out`. */
  powerSpectrum(
    input: ArrayLike<number>,
    out: Float64Array,
    scratchRe: Float64Array,
    scratchIm: Float64Array,
  ) {
    this.forward(input, scratchRe, scratchIm);
    for (let k = 0; k < this.bins; k++) {
      const r = scratchRe[k]!;
      const i = scratchIm[k]!;
      out[k] = r * r + i * i;
    }
  }
}
