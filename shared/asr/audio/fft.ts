import { radix5 } from './fft-radix5.js';

/**
 * FFTs for the audio front end. Whisper needs a 400-point real FFT (not a power of two), 3000 times
 * per 30 s window, so this is a mixed-radix Stockham FFT (radix 4, 2, 3 and a generic odd-prime
 * butterfly) with every twiddle precomputed in the constructor: a transform allocates nothing.
 * Real input of even length n goes through a complex FFT of n/2 points (the classic "pack even/odd
 * samples as re/im" trick), which halves the work.
 */

export interface Stage {
  radix: number;
  /** Number of butterflies groups per stride position (sub-transform length / radix). */
  m: number;
  /** Distance between elements of one sub-transform (product of the radices before this stage). */
  stride: number;
  /** twiddle w^(q*k) for q < m, 1 ≤ k < radix, at index q*(radix-1) + (k-1). */
  twRe: Float64Array;
  twIm: Float64Array;
  /** e^(−2πi·r/radix), only for the generic butterfly. */
  rootRe: Float64Array;
  rootIm: Float64Array;
}

/** Factor n into the radices we have butterflies for: 4s first (cheapest per point), then 2, 3, odd primes. */
function factorize(n: number): number[] {
  const factors: number[] = [];
  let rest = n;
  while (rest % 4 === 0) {
    factors.push(4);
    rest /= 4;
  }
  if (rest % 2 === 0) {
    factors.push(2);
    rest /= 2;
  }
  for (let p = 3; p * p <= rest; p += 2) {
    while (rest % p === 0) {
      factors.push(p);
      rest /= p;
    }
  }
  if (rest > 1) factors.push(rest);
  return factors;
}

/** In-place forward complex DFT, X[k] = Σ x[j]·e^(−2πi·jk/n), for any n ≥ 1. */
export class ComplexFft {
  readonly size: number;
  private readonly stages: Stage[] = [];
  private readonly scratchRe: Float64Array;
  private readonly scratchIm: Float64Array;
  // Inputs of one generic odd-radix butterfly, sized for the largest radix.
  private readonly inRe: Float64Array;
  private readonly inIm: Float64Array;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`FFT size must be a positive integer, got ${n}`);
    this.size = n;
    this.scratchRe = new Float64Array(n);
    this.scratchIm = new Float64Array(n);
    let length = n;
    let stride = 1;
    let maxRadix = 1;
    for (const radix of factorize(n)) {
      const m = length / radix;
      const twRe = new Float64Array(m * (radix - 1));
      const twIm = new Float64Array(m * (radix - 1));
      for (let q = 0; q < m; q++) {
        for (let k = 1; k < radix; k++) {
          const angle = (-2 * Math.PI * q * k) / length;
          twRe[q * (radix - 1) + k - 1] = Math.cos(angle);
          twIm[q * (radix - 1) + k - 1] = Math.sin(angle);
        }
      }
      const rootRe = new Float64Array(radix);
      const rootIm = new Float64Array(radix);
      for (let r = 0; r < radix; r++) {
        rootRe[r] = Math.cos((-2 * Math.PI * r) / radix);
        rootIm[r] = Math.sin((-2 * Math.PI * r) / radix);
      }
      this.stages.push({ radix, m, stride, twRe, twIm, rootRe, rootIm });
      maxRadix = Math.max(maxRadix, radix);
      length = m;
      stride *= radix;
    }
    this.inRe = new Float64Array(maxRadix);
    this.inIm = new Float64Array(maxRadix);
  }

  forward(re: Float64Array, im: Float64Array): void {
    if (re.length < this.size || im.length < this.size) {
      throw new RangeError(`FFT buffers must hold ${this.size} values`);
    }
    let xRe = re;
    let xIm = im;
    let yRe = this.scratchRe;
    let yIm = this.scratchIm;
    for (const stage of this.stages) {
      if (stage.radix === 4) this.radix4(stage, xRe, xIm, yRe, yIm);
      else if (stage.radix === 2) this.radix2(stage, xRe, xIm, yRe, yIm);
      else if (stage.radix === 3) this.radix3(stage, xRe, xIm, yRe, yIm);
      else if (stage.radix === 5) radix5(stage, xRe, xIm, yRe, yIm);
      else this.radixGeneric(stage, xRe, xIm, yRe, yIm);
      [xRe, yRe] = [yRe, xRe];
      [xIm, yIm] = [yIm, xIm];
    }
    if (xRe !== re) {
      re.set(xRe.subarray(0, this.size));
      im.set(xIm.subarray(0, this.size));
    }
  }

  private radix2(st: Stage, xRe: Float64Array, xIm: Float64Array, yRe: Float64Array, yIm: Float64Array) {
    const { m, stride: s, twRe, twIm } = st;
    for (let q = 0; q < m; q++) {
      const wr = twRe[q]!;
      const wi = twIm[q]!;
      for (let j = 0; j < s; j++) {
        const a = j + s * q;
        const b = a + s * m;
        const ar = xRe[a]!;
        const ai = xIm[a]!;
        const br = xRe[b]!;
        const bi = xIm[b]!;
        const o = j + s * 2 * q;
        yRe[o] = ar + br;
        yIm[o] = ai + bi;
        const dr = ar - br;
        const di = ai - bi;
        yRe[o + s] = dr * wr - di * wi;
        yIm[o + s] = dr * wi + di * wr;
      }
    }
  }

  private radix4(st: Stage, xRe: Float64Array, xIm: Float64Array, yRe: Float64Array, yIm: Float64Array) {
    const { m, stride: s, twRe, twIm } = st;
    const sm = s * m;
    for (let q = 0; q < m; q++) {
      const w1r = twRe[3 * q]!;
      const w1i = twIm[3 * q]!;
      const w2r = twRe[3 * q + 1]!;
      const w2i = twIm[3 * q + 1]!;
      const w3r = twRe[3 * q + 2]!;
      const w3i = twIm[3 * q + 2]!;
      for (let j = 0; j < s; j++) {
        const i0 = j + s * q;
        const a0r = xRe[i0]!;
        const a0i = xIm[i0]!;
        const a1r = xRe[i0 + sm]!;
        const a1i = xIm[i0 + sm]!;
        const a2r = xRe[i0 + 2 * sm]!;
        const a2i = xIm[i0 + 2 * sm]!;
        const a3r = xRe[i0 + 3 * sm]!;
        const a3i = xIm[i0 + 3 * sm]!;
        const t0r = a0r + a2r;
        const t0i = a0i + a2i;
        const t1r = a0r - a2r;
        const t1i = a0i - a2i;
        const t2r = a1r + a3r;
        const t2i = a1i + a3i;
        // (a1 − a3)·(−i)
        const t3r = a1i - a3i;
        const t3i = a3r - a1r;
        const o = j + s * 4 * q;
        yRe[o] = t0r + t2r;
        yIm[o] = t0i + t2i;
        const y1r = t1r + t3r;
        const y1i = t1i + t3i;
        const y2r = t0r - t2r;
        const y2i = t0i - t2i;
        const y3r = t1r - t3r;
        const y3i = t1i - t3i;
        yRe[o + s] = y1r * w1r - y1i * w1i;
        yIm[o + s] = y1r * w1i + y1i * w1r;
        yRe[o + 2 * s] = y2r * w2r - y2i * w2i;
        yIm[o + 2 * s] = y2r * w2i + y2i * w2r;
        yRe[o + 3 * s] = y3r * w3r - y3i * w3i;
        yIm[o + 3 * s] = y3r * w3i + y3i * w3r;
      }
    }
  }

  private radix3(st: Stage, xRe: Float64Array, xIm: Float64Array, yRe: Float64Array, yIm: Float64Array) {
    const { m, stride: s, twRe, twIm } = st;
    const sm = s * m;
    const sin60 = Math.sqrt(3) / 2;
    for (let q = 0; q < m; q++) {
      const w1r = twRe[2 * q]!;
      const w1i = twIm[2 * q]!;
      const w2r = twRe[2 * q + 1]!;
      const w2i = twIm[2 * q + 1]!;
      for (let j = 0; j < s; j++) {
        const i0 = j + s * q;
        const a0r = xRe[i0]!;
        const a0i = xIm[i0]!;
        const a1r = xRe[i0 + sm]!;
        const a1i = xIm[i0 + sm]!;
        const a2r = xRe[i0 + 2 * sm]!;
        const a2i = xIm[i0 + 2 * sm]!;
        const t1r = a1r + a2r;
        const t1i = a1i + a2i;
        const t2r = a0r - 0.5 * t1r;
        const t2i = a0i - 0.5 * t1i;
        // −i·sin(60°)·(a1 − a2)
        const t3r = sin60 * (a1i - a2i);
        const t3i = -sin60 * (a1r - a2r);
        const o = j + s * 3 * q;
        yRe[o] = a0r + t1r;
        yIm[o] = a0i + t1i;
        const y1r = t2r + t3r;
        const y1i = t2i + t3i;
        const y2r = t2r - t3r;
        const y2i = t2i - t3i;
        yRe[o + s] = y1r * w1r - y1i * w1i;
        yIm[o + s] = y1r * w1i + y1i * w1r;
        yRe[o + 2 * s] = y2r * w2r - y2i * w2i;
        yIm[o + 2 * s] = y2r * w2i + y2i * w2r;
      }
    }
  }

  /** O(p²) butterfly for any radix p; only used for prime factors ≥ 7. */
  private radixGeneric(
    st: Stage,
    xRe: Float64Array,
    xIm: Float64Array,
    yRe: Float64Array,
    yIm: Float64Array,
  ) {
    const { radix: p, m, stride: s, twRe, twIm, rootRe, rootIm } = st;
    const { inRe, inIm } = this;
    const sm = s * m;
    for (let q = 0; q < m; q++) {
      for (let j = 0; j < s; j++) {
        const i0 = j + s * q;
        for (let r = 0; r < p; r++) {
          inRe[r] = xRe[i0 + r * sm]!;
          inIm[r] = xIm[i0 + r * sm]!;
        }
        const o = j + s * p * q;
        for (let k = 0; k < p; k++) {
          let sr = 0;
          let si = 0;
          let idx = 0;
          for (let r = 0; r < p; r++) {
            const cr = rootRe[idx]!;
            const ci = rootIm[idx]!;
            sr += inRe[r]! * cr - inIm[r]! * ci;
            si += inRe[r]! * ci + inIm[r]! * cr;
            idx += k;
            if (idx >= p) idx -= p;
          }
          if (k === 0) {
            yRe[o] = sr;
            yIm[o] = si;
          } else {
            const wr = twRe[q * (p - 1) + k - 1]!;
            const wi = twIm[q * (p - 1) + k - 1]!;
            yRe[o + k * s] = sr * wr - si * wi;
            yIm[o + k * s] = sr * wi + si * wr;
          }
        }
      }
    }
  }
}
