/**
 * Mel filter bank exactly as Whisper ships it (`mel_filters.npz`, made with
 * `librosa.filters.mel(sr=16000, n_fft=400, n_mels=80|128)`): Slaney mel scale (linear below 1 kHz,
 * logarithmic above), triangles between mel-spaced edges from 0 Hz to sr/2, each scaled by
 * 2/(upper − lower edge in Hz) ("slaney" area normalisation). Computed in float64, stored as float32
 * like librosa does.
 */

// Slaney scale: 3 mels per 200 Hz up to 1 kHz, then log-spaced with 27 mels per factor 6.4.
const LINEAR_HZ_PER_MEL = 200 / 3;
const LOG_REGION_START_HZ = 1000;
const LOG_REGION_START_MEL = LOG_REGION_START_HZ / LINEAR_HZ_PER_MEL;
const LOG_STEP = Math.log(6.4) / 27;

export function hzToMelSlaney(hz: number): number {
  if (hz < LOG_REGION_START_HZ) return hz / LINEAR_HZ_PER_MEL;
  return LOG_REGION_START_MEL + Math.log(hz / LOG_REGION_START_HZ) / LOG_STEP;
}

export function melToHzSlaney(mel: number): number {
  if (mel < LOG_REGION_START_MEL) return mel * LINEAR_HZ_PER_MEL;
  return LOG_REGION_START_HZ * Math.exp(LOG_STEP * (mel - LOG_REGION_START_MEL));
}

/** Row-major [nMels][nFft/2 + 1] Slaney-normalised mel filter bank (librosa defaults, fmax = sr/2). */
export function melFilterBank(nMels: 80 | 128, nFft = 400, sampleRate = 16000): Float32Array {
  const bins = Math.floor(nFft / 2) + 1;
  const melMin = hzToMelSlaney(0);
  const melMax = hzToMelSlaney(sampleRate / 2);
  // nMels + 2 edges: filter i rises from edge i to edge i+1 and falls to edge i+2.
  const edgesHz = new Float64Array(nMels + 2);
  for (let i = 0; i < nMels + 2; i++) {
    edgesHz[i] = melToHzSlaney(melMin + ((melMax - melMin) * i) / (nMels + 1));
  }
  const weights = new Float32Array(nMels * bins);
  for (let m = 0; m < nMels; m++) {
    const lower = edgesHz[m]!;
    const center = edgesHz[m + 1]!;
    const upper = edgesHz[m + 2]!;
    const norm = 2 / (upper - lower);
    for (let k = 0; k < bins; k++) {
      const hz = (k * sampleRate) / nFft;
      const rising = (hz - lower) / (center - lower);
      const falling = (upper - hz) / (upper - center);
      const w = Math.max(0, Math.min(rising, falling));
      weights[m * bins + k] = w * norm;
    }
  }
  return weights;
}

/**
 * The non-zero span of each filter row, so the mel projection touches ~2 bins per filter on average
 * instead of all 201: `start[m]`..`end[m]` (exclusive) index into the row, `weights` is the dense bank.
 */
export interface SparseMelFilters {
  nMels: number;
  bins: number;
  start: Int32Array;
  end: Int32Array;
  weights: Float64Array;
}

export function sparsifyMelFilters(dense: Float32Array, nMels: number): SparseMelFilters {
  const bins = dense.length / nMels;
  if (!Number.isInteger(bins)) throw new RangeError('mel filter bank size is not a multiple of nMels');
  const start = new Int32Array(nMels);
  const end = new Int32Array(nMels);
  for (let m = 0; m < nMels; m++) {
    let first = bins;
    let last = -1;
    for (let k = 0; k < bins; k++) {
      if (dense[m * bins + k] !== 0) {
        if (first === bins) first = k;
        last = k;
      }
    }
    start[m] = first === bins ? 0 : first;
    end[m] = last + 1;
  }
  return { nMels, bins, start, end, weights: Float64Array.from(dense) };
}
