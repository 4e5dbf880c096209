import { describe, expect, it } from 'vitest';
import {
  ESPEAK_MISSING_MESSAGE,
  hasEspeak,
  synthesizeSpeech16k,
} from '../../../test/fixtures/speech/espeak.js';
import { readAsrBytes } from '../../../test/fixtures/speech/shared-data.js';
import { decodeWav } from '../audio/wav.js';
import { EnergyVad, type EnergyVadOptions, type VadSegment } from './energy-vad.js';

const RATE = 16000;
const jfk = decodeWav(readAsrBytes('audio', 'jfk.wav')).samples;

function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

const silence = (seconds: number) => new Float32Array(Math.round(seconds * RATE));

/** Uniform white noise at `dbfs` RMS, deterministic. */
function noise(seconds: number, dbfs: number, seed = 1): Float32Array {
  let state = seed;
  const amplitude = 10 ** (dbfs / 20) * Math.sqrt(12);
  return Float32Array.from({ length: Math.round(seconds * RATE) }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return amplitude * (state / 2147483648 - 0.5);
  });
}

function detect(audio: Float32Array, options?: EnergyVadOptions, chunk = audio.length): VadSegment[] {
  const vad = new EnergyVad(options);
  const segments: VadSegment[] = [];
  for (let i = 0; i < audio.length; i += chunk) segments.push(...vad.push(audio.subarray(i, i + chunk)));
  return [...segments, ...vad.flush()];
}

const overlaps = (s: VadSegment, from: number, to: number) =>
  s.startSample < to * RATE && s.endSample > from * RATE;

function expectWellFormed(segments: VadSegment[], totalSamples: number, maxMs = 30000) {
  let previousEnd = 0;
  for (const s of segments) {
    expect(s.startSample).toBeGreaterThanOrEqual(previousEnd);
    expect(s.endSample).toBeGreaterThan(s.startSample);
    expect(s.endSample).toBeLessThanOrEqual(totalSamples);
    expect(((s.endSample - s.startSample) / RATE) * 1000).toBeLessThanOrEqual(maxMs);
    previousEnd = s.endSample;
  }
}

describe('EnergyVad', () => {
  it('finds no speech in digital silence, faint hiss or steady loud noise', () => {
    expect(detect(silence(5))).toEqual([]);
    expect(detect(noise(5, -65))).toEqual([]);
    expect(detect(noise(5, -40))).toEqual([]);
  });

  it('puts segments on the jfk speech and cuts in inserted pauses, also under background noise', () => {
    // 1 s silence, jfk (1–12 s), 2 s silence (12–14 s), jfk (14–25 s), 1.5 s silence.
    const clean = concat(silence(1), jfk, silence(2), jfk, silence(1.5));
    const hiss = noise(clean.length / RATE, -45);
    const noisy = clean.map((x, i) => x + hiss[i]!);
    for (const audio of [clean, noisy]) {
      const segments = detect(audio);
      expectWellFormed(segments, audio.length);
      expect(segments.length).toBeGreaterThanOrEqual(2);
      // No segment spans the inserted pause's middle, nor the leading/trailing silence.
      for (const s of segments) {
        expect(overlaps(s, 12.5, 13.5)).toBe(false);
        expect(overlaps(s, 0, 0.7)).toBe(false);
        expect(overlaps(s, 25.3, 26.5)).toBe(false);
      }
      // Both utterances are covered: the first words ("And so", 1.3 s) and the last ("country", 24.5 s).
      expect(segments.some((s) => overlaps(s, 1.3, 1.5))).toBe(true);
      expect(segments.some((s) => overlaps(s, 14.3, 14.5))).toBe(true);
      expect(segments.some((s) => overlaps(s, 24.3, 24.5))).toBe(true);
      const covered = segments.reduce((n, s) => n + s.endSample - s.startSample, 0) / RATE;
      expect(covered).toBeGreaterThan(15); // most of the 22 s of speech
    }
  });

  it('gives the same segments whatever the push() chunk size', () => {
    const audio = concat(silence(0.5), jfk, silence(1), jfk);
    const whole = detect(audio);
    expect(detect(audio, undefined, 128)).toEqual(whole);
    expect(detect(audio, undefined, 4000)).toEqual(whole);
  });

  it('never returns a segment longer than 30 s and splits long speech at a quiet frame', () => {
    // 44 s of jfk with no gaps and a long hangover, so only the length limit can cut.
    const audio = concat(jfk, jfk, jfk, jfk);
    const segments = detect(audio, { minSilenceMs: 5000 });
    expectWellFormed(segments, audio.length);
    expect(segments.length).toBeGreaterThanOrEqual(2);
    const short = detect(audio, { minSilenceMs: 5000, maxSegmentMs: 8000 });
    expectWellFormed(short, audio.length, 8000);
    expect(short.length).toBeGreaterThanOrEqual(6);
    // Cuts between adjacent segments land in quieter-than-typical audio.
    const rms = (from: number) => {
      let sum = 0;
      for (let i = from; i < from + 480; i++) sum += (audio[i] ?? 0) ** 2;
      return Math.sqrt(sum / 480);
    };
    const typical = Math.sqrt(audio.reduce((s, x) => s + x * x, 0) / audio.length);
    const cuts = short.slice(1).filter((s, i) => s.startSample === short[i]!.endSample);
    expect(cuts.length).toBeGreaterThan(0);
    for (const cut of cuts) expect(rms(cut.startSample)).toBeLessThan(typical);
  });

  it('drops clicks shorter than minSpeechMs and rejects a max segment over 30 s', () => {
    const click = concat(silence(2), noise(0.06, -10), silence(2));
    expect(detect(click)).toEqual([]);
    expect(() => new EnergyVad({ maxSegmentMs: 31000 })).toThrow(RangeError);
  });

  it('handles a clip shorter than the one-second warm-up', () => {
    const segments = detect(concat(silence(0.1), jfk.subarray(RATE * 0.3, RATE * 0.9)));
    expect(segments).toHaveLength(1);
  });

  it.skipIf(!hasEspeak())('segments espeak-ng utterances separated by pauses', () => {
    const first = synthesizeSpeech16k('The patient reports chest pain since Tuesday.');
    const second = synthesizeSpeech16k('No fever, no shortness of breath.');
    const third = synthesizeSpeech16k('Blood pressure is one hundred thirty over eighty.');
    const audio = concat(silence(0.5), first, silence(1.5), second, silence(2), third, silence(0.5));
    const bounds = [0.5, 0.5 + first.length / RATE];
    const secondStart = bounds[1]! + 1.5;
    const secondEnd = secondStart + second.length / RATE;
    const thirdStart = secondEnd + 2;
    const segments = detect(audio);
    expectWellFormed(segments, audio.length);
    expect(segments).toHaveLength(3);
    const expected = [
      bounds as [number, number],
      [secondStart, secondEnd],
      [thirdStart, thirdStart + third.length / RATE],
    ];
    segments.forEach((s, i) => {
      // Segment edges within 0.35 s of the utterance (espeak leaves some silence inside its WAV).
      expect(Math.abs(s.startSample / RATE - expected[i]![0]!)).toBeLessThan(0.35);
      expect(Math.abs(s.endSample / RATE - expected[i]![1]!)).toBeLessThan(0.35);
    });
  });
  if (!hasEspeak()) console.warn(ESPEAK_MISSING_MESSAGE);
});
