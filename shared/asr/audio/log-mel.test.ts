import { WhisperFeatureExtractor } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readAsrBytes, readAsrJson, readAsrText } from '../../../test/fixtures/speech/shared-data.js';
import { LogMelExtractor, logMelSpectrogram, N_FRAMES } from './log-mel.js';
import { decodeWav } from './wav.js';

const jfk = decodeWav(readAsrBytes('audio', 'jfk.wav')).samples;
const librispeech = decodeWav(readAsrBytes('audio', 'librispeech-1272-141231-0002.wav')).samples;

const oracleSchema = z.object({
  padding_samples: z.number().int(),
  values: z.record(
    z.string(),
    z.object({
      pcm_samples: z.number().int(),
      frames: z.number().int(),
      samples: z.array(z.object({ mel: z.number().int(), frame: z.number().int(), value: z.number() })),
    }),
  ),
});

/** The onnxruntime-extensions LibriSpeech log-mel table: 80 mel rows × the first 10 frames. */
const librispeechOracle = () =>
  readAsrText('oracles', 'logmel-librispeech-1272-141231-0002-first10frames.csv')
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number));

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

describe('logMelSpectrogram vs reference oracles', () => {
  it('matches the onnxruntime-extensions LibriSpeech oracle (80 × first 10 frames)', () => {
    const rows = librispeechOracle();
    expect(rows).toHaveLength(80);
    const ours = logMelSpectrogram(librispeech);
    const floor = ours.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY) - 2; // max − 8 decades, /4
    const diffs: number[] = [];
    const diffsAboveFloor: number[] = [];
    rows.forEach((row, mel) => {
      expect(row).toHaveLength(10);
      row.forEach((value, frame) => {
        const diff = Math.abs(ours[mel * N_FRAMES + frame]! - value);
        diffs.push(diff);
        // One decade above the −80 dB floor and up, the oracle's float32 STFT noise no longer shows.
        if (value > floor + 0.25) diffsAboveFloor.push(diff);
      });
    });
    // The floor (max − 8 decades) is identical, and so is the median value; the largest differences
    // (up to 0.0072, as the shared README reports for a faithful numpy port; the oracle's own tolerance
    // is 1e-2) sit in bins whose energy is at the int16 quantisation-noise level of the quiet opening,
    // where an input change below one LSB moves the value as much (next test). Above them it is tight.
    expect(Math.max(...diffs)).toBeLessThan(1e-2);
    expect(diffsAboveFloor.length).toBeGreaterThan(80); // 88 of 800: the clip starts quietly
    expect(Math.max(...diffsAboveFloor)).toBeLessThan(2e-3);
    expect(diffs.sort((a, b) => a - b)[400]!).toBeLessThan(1e-5); // median
  });

  it('puts the LibriSpeech oracle differences within what a sub-LSB change of the input produces', () => {
    const rows = librispeechOracle();
    const ours = logMelSpectrogram(librispeech);
    const first10 = (mel: Float32Array) =>
      Array.from({ length: 800 }, (_, i) => mel[Math.floor(i / 10) * N_FRAMES + (i % 10)]!);
    const vsOracle = maxAbsDiff(first10(ours), rows.flat());
    // The same audio with a deterministic ±0.5 LSB (1/65536) perturbation: what the oracle's input
    // could differ by (another decoder, float vs int16 storage) without being different audio.
    let seed = 7;
    const lsbNoise = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed / 2 ** 32 - 0.5) / 32768;
    };
    const perturbed = logMelSpectrogram(Float32Array.from(librispeech, (x) => x + lsbNoise()));
    const subLsbSensitivity = maxAbsDiff(first10(perturbed), first10(ours));
    // A 2e-3 bound on these 800 values is finer than the data resolves: a sub-LSB input change
    // already moves them by more, and our difference from the oracle stays inside that.
    expect(subLsbSensitivity).toBeGreaterThan(2e-3);
    expect(vsOracle).toBeLessThan(subLsbSensitivity);
  });

  it('matches the 135 sampled jfk values of full_features.oracle.json within 1e-3 (PCM × √2, whole-file mel)', () => {
    const oracle = oracleSchema.parse(readAsrJson('oracles', 'full_features.oracle.json'));
    const pcm = Float32Array.from(jfk, (x) => x * Math.SQRT2);
    const cases = { jfk: pcm, jfk_plus_35s_silence: concat(pcm, new Float32Array(560000)) };
    let checked = 0;
    for (const [name, audio] of Object.entries(cases)) {
      const entry = oracle.values[name]!;
      expect(audio.length).toBe(entry.pcm_samples);
      // whisper.transcribe computes one mel over the audio plus 30 s of zeros, then slices windows.
      const frames = (entry.pcm_samples + oracle.padding_samples) / 160;
      expect(frames).toBe(entry.frames);
      const mel = logMelSpectrogram(audio, { nFrames: frames });
      const diffs = entry.samples.map((s) => Math.abs(mel[s.mel * frames + s.frame]! - s.value));
      expect(Math.max(...diffs)).toBeLessThan(1e-3);
      checked += entry.samples.length;
    }
    expect(checked).toBe(135);
  });
});

describe('logMelSpectrogram vs transformers.js WhisperFeatureExtractor', () => {
  const extractors = new Map<number, WhisperFeatureExtractor>();
  beforeAll(() => {
    for (const nMels of [80, 128]) {
      extractors.set(
        nMels,
        new WhisperFeatureExtractor({
          feature_size: nMels,
          sampling_rate: 16000,
          hop_length: 160,
          chunk_length: 30,
          n_fft: 400,
          n_samples: 480000,
          nb_max_frames: 3000,
          padding_value: 0,
          return_attention_mask: false,
        }),
      );
    }
  });

  async function reference(audio: Float32Array, nMels: 80 | 128): Promise<Float32Array> {
    const { input_features } = await extractors.get(nMels)!._call(audio);
    expect(input_features.dims).toEqual([1, nMels, 3000]);
    return input_features.data as Float32Array;
  }

  it.each([
    ['jfk.wav', jfk],
    ['librispeech wav', librispeech],
  ])('matches on %s within 1e-4 (80 mels)', async (_name, audio) => {
    expect(maxAbsDiff(logMelSpectrogram(audio), await reference(audio, 80))).toBeLessThan(1e-4);
  });

  it('matches with 128 mels (large-v3) and with audio longer than 30 s (trimmed)', async () => {
    const long = concat(librispeech, concat(jfk, librispeech));
    expect(long.length).toBeGreaterThan(480000);
    expect(maxAbsDiff(logMelSpectrogram(long, { nMels: 128 }), await reference(long, 128))).toBeLessThan(
      1e-4,
    );
  });
});

describe('logMelSpectrogram behaviour', () => {
  it('returns the floor value everywhere for silence', () => {
    const mel = logMelSpectrogram(new Float32Array(16000));
    expect(mel.length).toBe(80 * 3000);
    // log10(1e-10) = −10 everywhere, so the max is −10 and (−10 + 4)/4 = −1.5.
    expect(new Set(mel)).toEqual(new Set([-1.5]));
  });

  it('limits the dynamic range to 8 decades below the maximum', () => {
    const tone = Float32Array.from(
      { length: 48000 },
      (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 16000),
    );
    const mel = logMelSpectrogram(tone, { nFrames: 300 });
    const max = Math.max(...mel);
    const min = Math.min(...mel);
    expect(max - min).toBeCloseTo(2, 6); // 8 decades / 4
  });

  it('a reused extractor gives identical results and rejects too few frames', () => {
    const extractor = new LogMelExtractor(80);
    const first = extractor.compute(jfk, 1100);
    extractor.compute(librispeech, 3000);
    expect(Array.from(extractor.compute(jfk, 1100))).toEqual(Array.from(first));
    expect(() => extractor.compute(jfk, 1)).toThrow(RangeError);
  });
});

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
