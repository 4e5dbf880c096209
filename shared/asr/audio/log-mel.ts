import { melFilterBank, type SparseMelFilters, sparsifyMelFilters } from './mel-filters.js';
import { RealFft } from './real-fft.js';

/** Whisper's fixed front-end constants (openai/whisper `audio.py`). */
export const WHISPER_SAMPLE_RATE = 16000;
/** 25 ms analysis window at 16 kHz. */
export const N_FFT = 400;
/** 10 ms hop: 100 frames per second. */
export const HOP_LENGTH = 160;
/** 30 s: the encoder always sees one full chunk. */
export const CHUNK_SAMPLES = 480000;
export const N_FRAMES = CHUNK_SAMPLES / HOP_LENGTH;

export interface LogMelOptions {
  nMels?: 80 | 128;
  /** Output frames; the audio is zero-padded or trimmed to nFrames × 160 samples first (default 3000 = 30 s). */
  nFrames?: number;
}

// Whisper floors the power at 1e-10 before log10, then keeps an 8-decade (80 dB) dynamic range.
const POWER_FLOOR = 1e-10;
const DYNAMIC_RANGE_LOG10 = 8;

/**
 * Reusable Whisper log-mel extractor: the window, FFT plan, sparse filters and scratch buffers are
 * built once, so extracting a window allocates only the output (and the padded input when the frame
 * count changes). Keep one per worker; it is not re-entrant.
 */
export class LogMelExtractor {
  readonly nMels: 80 | 128;
  private readonly fft = new RealFft(N_FFT);
  private readonly window = new Float64Array(N_FFT);
  private readonly filters: SparseMelFilters;
  private readonly frame = new Float64Array(N_FFT);
  private readonly power = new Float64Array(N_FFT / 2 + 1);
  private readonly spectrumRe = new Float64Array(N_FFT / 2 + 1);
  private readonly spectrumIm = new Float64Array(N_FFT / 2 + 1);
  private padded = new Float64Array(0);

  constructor(nMels: 80 | 128 = 80) {
    this.nMels = nMels;
    // Periodic Hann (torch.hann_window default): the window of an N+1 point symmetric Hann without its last point.
    for (let j = 0; j < N_FFT; j++) this.window[j] = 0.5 - 0.5 * Math.cos((2 * Math.PI * j) / N_FFT);
    this.filters = sparsifyMelFilters(melFilterBank(nMels, N_FFT, WHISPER_SAMPLE_RATE), nMels);
  }

  /** Row-major [nMels][nFrames] log-mel features of 16 kHz mono PCM, identical in definition to whisper. */
  compute(pcm16k: Float32Array, nFrames: number = N_FRAMES): Float32Array {
    if (!Number.isInteger(nFrames) || nFrames < 2) {
      throw new RangeError(
        `nFrames must be an integer ≥ 2 (reflect padding needs > 200 samples), got ${nFrames}`,
      );
    }
    const padded = this.padCentered(pcm16k, nFrames * HOP_LENGTH);
    const { nMels, frame, window, power, filters, spectrumRe, spectrumIm } = this;
    const { start, end, weights, bins } = filters;
    const out = new Float32Array(nMels * nFrames);
    let maxLog = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < nFrames; t++) {
      const offset = t * HOP_LENGTH;
      let silent = true;
      for (let j = 0; j < N_FFT; j++) {
        const x = padded[offset + j]!;
        if (x !== 0) silent = false;
        frame[j] = x * window[j]!;
      }
      // Digital silence (the zero padding of a short clip) needs no FFT: its power is exactly 0.
      if (silent) power.fill(0);
      else this.fft.powerSpectrum(frame, power, spectrumRe, spectrumIm);
      for (let m = 0; m < nMels; m++) {
        let energy = 0;
        const row = m * bins;
        for (let k = start[m]!; k < end[m]!; k++) energy += weights[row + k]! * power[k]!;
        const logEnergy = Math.log10(Math.max(energy, POWER_FLOOR));
        out[m * nFrames + t] = logEnergy;
        if (logEnergy > maxLog) maxLog = logEnergy;
      }
    }
    const floor = maxLog - DYNAMIC_RANGE_LOG10;
    for (let i = 0; i < out.length; i++) {
      const v = out[i]!;
      out[i] = (Math.max(v, floor) + 4) / 4;
    }
    return out;
  }

  /**
   * The audio zero-padded/trimmed to `length` samples (whisper pad_or_trim), then reflect-padded by
   * N_FFT/2 on both sides (torch.stft center=True) so frame t is centred on sample t × HOP_LENGTH.
   */
  private padCentered(pcm: Float32Array, length: number): Float64Array {
    const half = N_FFT / 2;
    if (this.padded.length !== length + N_FFT) this.padded = new Float64Array(length + N_FFT);
    const padded = this.padded;
    const copied = Math.min(pcm.length, length);
    for (let i = 0; i < copied; i++) padded[half + i] = pcm[i]!;
    padded.fill(0, half + copied, half + length);
    for (let j = 1; j <= half; j++) {
      padded[half - j] = padded[half + j]!;
      padded[half + length - 1 + j] = padded[half + length - 1 - j]!;
    }
    return padded;
  }
}

const extractors = new Map<80 | 128, LogMelExtractor>();

/**
 * Whisper log-mel spectrogram (openai/whisper audio.py `log_mel_spectrogram` after `pad_or_trim`):
 * row-major [nMels][nFrames] Float32Array. Input must already be 16 kHz mono (see `resample`).
 */
export function logMelSpectrogram(pcm16k: Float32Array, options: LogMelOptions = {}): Float32Array {
  const nMels = options.nMels ?? 80;
  let extractor = extractors.get(nMels);
  if (extractor === undefined) {
    extractor = new LogMelExtractor(nMels);
    extractors.set(nMels, extractor);
  }
  return extractor.compute(pcm16k, options.nFrames ?? N_FRAMES);
}
