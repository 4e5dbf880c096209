import { describe, expect, it } from 'vitest';
import { readAsrBytes } from '../../../test/fixtures/speech/shared-data.js';
import { RealFft } from './real-fft.js';
import { resample, StreamingResampler } from './resample.js';
import { decodeWav } from './wav.js';

function tone(hz: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  return Float32Array.from(
    { length: Math.round(rate * seconds) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate),
  );
}

/** Frequency (Hz) of the strongest DFT bin over exactly one second of 16 kHz audio (1 Hz per bin). */
function peakFrequency(samples16k: Float32Array): number {
  const n = 16000;
  const fft = new RealFft(n);
  const re = new Float64Array(fft.bins);
  const im = new Float64Array(fft.bins);
  fft.forward(samples16k.subarray(0, n), re, im);
  let best = 0;
  for (let k = 1; k < fft.bins; k++)
    if (Math.hypot(re[k]!, im[k]!) > Math.hypot(re[best]!, im[best]!)) best = k;
  return best;
}

/** RMS away from the edges, where the filter has not yet filled with signal. */
function innerRms(x: Float32Array): number {
  const margin = Math.floor(x.length * 0.1);
  let sum = 0;
  for (let i = margin; i < x.length - margin; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum / (x.length - 2 * margin));
}

function concat(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

describe('resample', () => {
  it.each([44100, 48000, 22050, 8000])('keeps a 1 kHz tone at 1 kHz going from %i Hz to 16 kHz', (rate) => {
    const out = resample(tone(1000, rate, 1.5), rate, 16000);
    expect(out.length).toBe(24000);
    expect(peakFrequency(out.subarray(4000))).toBe(1000);
    // Passband gain ≈ 1 (within 0.1 dB).
    expect(20 * Math.log10(innerRms(out) / (0.5 / Math.SQRT2))).toBeCloseTo(0, 1);
  });

  it('attenuates a 12 kHz tone at 48 kHz by at least 40 dB (no aliasing to 4 kHz)', () => {
    const input = tone(12000, 48000, 1);
    const out = resample(input, 48000, 16000);
    const attenuationDb = 20 * Math.log10(innerRms(out) / innerRms(input));
    expect(attenuationDb).toBeLessThan(-40);
  });

  it('attenuates content just above the new Nyquist (9 kHz from 44.1 kHz) by at least 40 dB', () => {
    const input = tone(9000, 44100, 1);
    const out = resample(input, 44100, 16000);
    expect(20 * Math.log10(innerRms(out) / innerRms(input))).toBeLessThan(-40);
  });

  it('upsamples 8 kHz without imaging and returns a copy for equal rates', () => {
    const up = resample(tone(440, 8000, 1), 8000, 16000);
    expect(up.length).toBe(16000);
    expect(peakFrequency(up)).toBe(440);
    const same = tone(440, 16000, 0.1);
    const copy = resample(same, 16000, 16000);
    expect(copy).not.toBe(same);
    expect(Array.from(copy)).toEqual(Array.from(same));
  });

  it('keeps a constant signal constant (unit DC gain per phase)', () => {
    const out = resample(new Float32Array(4410).fill(0.25), 44100, 16000);
    const middle = out.subarray(200, out.length - 200);
    for (const x of middle) expect(x).toBeCloseTo(0.25, 6);
  });

  it('rejects non-integer or non-positive rates', () => {
    expect(() => resample(new Float32Array(10), 0, 16000)).toThrow(/positive integers/);
    expect(() => resample(new Float32Array(10), 44100.5, 16000)).toThrow(/positive integers/);
  });
});

describe('StreamingResampler', () => {
  const speech = decodeWav(readAsrBytes('audio', 'jfk.wav')).samples.subarray(0, 48000);

  it.each([
    [48000, 16000, 128],
    [44100, 16000, 441],
    [16000, 44100, 1000],
    [22050, 16000, 1],
    [44101, 16000, 777], // odd rate: taps computed per sample instead of tabled
  ])('%i → %i in chunks of %i equals the batch resample', (from, to, chunkSize) => {
    const input = resample(speech, 16000, from);
    const batch = resample(input, from, to);
    const streaming = new StreamingResampler(from, to);
    const parts: Float32Array[] = [];
    for (let i = 0; i < input.length; i += chunkSize)
      parts.push(streaming.push(input.subarray(i, i + chunkSize)));
    parts.push(streaming.flush());
    const streamed = concat(parts);
    expect(streamed.length).toBe(batch.length);
    let maxDiff = 0;
    for (let i = 0; i < batch.length; i++) maxDiff = Math.max(maxDiff, Math.abs(streamed[i]! - batch[i]!));
    expect(maxDiff).toBeLessThan(1e-4);
  });

  it('emits output as input arrives (bounded latency) and passes through equal rates', () => {
    const streaming = new StreamingResampler(48000, 16000);
    const first = streaming.push(new Float32Array(4800));
    // 100 ms in → all but the filter's look-ahead (≈ 78 input samples) comes out at once.
    expect(first.length).toBeGreaterThan(1500);
    const pass = new StreamingResampler(16000, 16000);
    expect(Array.from(pass.push(Float32Array.from([1, 2])))).toEqual([1, 2]);
    expect(pass.flush().length).toBe(0);
  });
});
