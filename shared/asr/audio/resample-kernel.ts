import { AppError } from '../../errors.js';

/**
 * Kaiser-windowed sinc low-pass for rational resampling by L/M (L = toRate/g, M = fromRate/g).
 * Output sample n sits at input time n·M/L = base + phase/L; its value is Σ x[base + j]·h(phase, j)
 * for j in (−halfWidth, halfWidth]. The cutoff is below the lower of the two Nyquist rates so nothing
 * above 8 kHz folds back into Whisper's 0–8 kHz mel range when going down to 16 kHz.
 */

// Passband ends at 92 % of the lower Nyquist; the transition band sits between that and Nyquist.
const ROLLOFF = 0.92;
// Zero crossings of the sinc on each side: sets the transition width (longer = sharper).
const ZERO_CROSSINGS = 24;
// β = 8.6 gives ≈ 86 dB stopband attenuation (Kaiser's formula β = 0.1102·(A − 8.7)).
const KAISER_BETA = 8.6;
// Above this many phases (odd rate pairs such as 44 101 Hz) taps are computed per sample, not tabled.
const MAX_TABLED_PHASES = 2048;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Zeroth-order modified Bessel function of the first kind (power series; converges fast for x < 30). */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const q = (x * x) / 4;
  for (let k = 1; k < 50; k++) {
    term *= q / (k * k);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

export class ResampleKernel {
  /** Upsampling factor L. */
  readonly up: number;
  /** Downsampling factor M. */
  readonly down: number;
  /** Taps on each side of the output instant, in input samples. */
  readonly halfWidth: number;
  private readonly cutoff: number;
  private readonly i0Beta = besselI0(KAISER_BETA);
  private readonly table: Float64Array | undefined;
  private readonly scratch: Float64Array;

  constructor(fromRate: number, toRate: number) {
    for (const rate of [fromRate, toRate]) {
      if (!Number.isInteger(rate) || rate <= 0) {
        throw new AppError(
          'invalid_audio',
          `Sample rates must be positive integers, got ${fromRate} → ${toRate}`,
        );
      }
    }
    const g = gcd(fromRate, toRate);
    this.up = toRate / g;
    this.down = fromRate / g;
    // Cutoff in cycles per input sample.
    this.cutoff = 0.5 * Math.min(1, this.up / this.down) * ROLLOFF;
    this.halfWidth = Math.ceil(ZERO_CROSSINGS / (2 * this.cutoff));
    const taps = 2 * this.halfWidth;
    this.scratch = new Float64Array(taps);
    if (this.up <= MAX_TABLED_PHASES) {
      this.table = new Float64Array(this.up * taps);
      for (let phase = 0; phase < this.up; phase++)
        this.computeTaps(phase, this.table.subarray(phase * taps));
    }
  }

  /** Taps for `phase` (index j − (1 − halfWidth) ↔ input base + j); views into an internal buffer. */
  taps(phase: number): Float64Array {
    const taps = 2 * this.halfWidth;
    if (this.table !== undefined) return this.table.subarray(phase * taps, (phase + 1) * taps);
    this.computeTaps(phase, this.scratch);
    return this.scratch;
  }

  private computeTaps(phase: number, out: Float64Array): void {
    const { halfWidth, cutoff } = this;
    const frac = phase / this.up;
    let sum = 0;
    for (let t = 0; t < 2 * halfWidth; t++) {
      const j = t - halfWidth + 1;
      // Distance in input samples from the output instant to input sample base + j.
      const tau = frac - j;
      const x = 2 * cutoff * tau;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      const r = tau / halfWidth;
      const window = r * r >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / this.i0Beta;
      const h = 2 * cutoff * sinc * window;
      out[t] = h;
      sum += h;
    }
    // Unit DC gain for every phase, so a constant signal stays exactly constant.
    for (let t = 0; t < 2 * halfWidth; t++) out[t] = out[t]! / sum;
  }
}
