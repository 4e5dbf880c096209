import { describe, expect, it } from 'vitest';
import { defaultSpeakerRule, type SourceEnergy, speakerBySource } from './speaker-by-source.js';

/** 100 ms chunks from `fromMs`, one per [mic, tab] pair. */
const chunks = (fromMs: number, levels: Array<[number, number | null]>): SourceEnergy[] =>
  levels.map(([mic, tab], i) => ({ startMs: fromMs + i * 100, endMs: fromMs + (i + 1) * 100, mic, tab }));
const repeat = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);
const dbRatio = (db: number) => 10 ** (db / 20);

describe('speakerBySource (telehealth speaker labels)', () => {
  it('labels the clinician when the microphone dominates (tab near silent)', () => {
    const e = chunks(0, repeat(20, [0.08, 0.0005]));
    expect(speakerBySource(e, 0, 2000)).toBe('clinician');
  });

  it('labels the patient when the tab dominates, even with the speakers echoing into the microphone', () => {
    // The microphone hears the call at -12 dB relative to the tab: still clearly the remote party.
    const e = chunks(0, repeat(20, [0.1 * dbRatio(-12), 0.1]));
    expect(speakerBySource(e, 0, 2000)).toBe('patient');
  });

  it('leaves a segment unlabelled when both speak at once', () => {
    const e = chunks(0, repeat(20, [0.07, 0.09]));
    expect(speakerBySource(e, 0, 2000)).toBe('unknown');
  });

  it('leaves a segment unlabelled when a turn change falls inside it', () => {
    const e = chunks(0, [
      ...repeat(10, [0.08, 0.001] as [number, number]),
      ...repeat(10, [0.01, 0.1] as [number, number]),
    ]);
    expect(speakerBySource(e, 0, 2000)).toBe('unknown');
  });

  it('tolerates a short backchannel from the other side (under 20 % of the speech)', () => {
    const e = chunks(0, [
      ...repeat(18, [0.08, 0.001] as [number, number]),
      ...repeat(2, [0.005, 0.09] as [number, number]),
    ]);
    expect(speakerBySource(e, 0, 2000)).toBe('clinician');
    const more = chunks(0, [
      ...repeat(15, [0.08, 0.001] as [number, number]),
      ...repeat(5, [0.005, 0.09] as [number, number]),
    ]);
    expect(speakerBySource(more, 0, 2000)).toBe('unknown');
  });

  it('never labels microphone-only audio (two people in one room), nor a segment the tab left midway', () => {
    expect(speakerBySource(chunks(0, repeat(20, [0.08, null])), 0, 2000)).toBe('unknown');
    const tabEnded = chunks(0, [
      ...repeat(10, [0.001, 0.1] as [number, number | null]),
      ...repeat(10, [0.001, null] as [number, number | null]),
    ]);
    expect(speakerBySource(tabEnded, 0, 2000)).toBe('unknown');
    expect(speakerBySource(tabEnded, 0, 1000)).toBe('patient');
  });

  it('decides on speech only: pauses and room noise do not count for either side', () => {
    // Speech from the tab with long quiet gaps in which the microphone's noise floor is "louder".
    const e = chunks(0, [
      // Noise above the absolute floor, but more than 25 dB under the speech: a pause.
      ...repeat(5, [0.005, 0.0001] as [number, number]),
      ...repeat(6, [0.01, 0.12] as [number, number]),
      ...repeat(8, [0.006, 0.0002] as [number, number]),
      ...repeat(4, [0.012, 0.1] as [number, number]),
    ]);
    expect(speakerBySource(e, 0, 2300)).toBe('patient');
    // Nothing above the silence floor at all: nothing to go by.
    expect(speakerBySource(chunks(0, repeat(10, [0.002, 0.001])), 0, 1000)).toBe('unknown');
  });

  it('draws the line at the dominance threshold (6 dB)', () => {
    expect(defaultSpeakerRule.dominanceDb).toBe(6);
    const above = chunks(0, repeat(10, [0.05 * dbRatio(6.1), 0.05]));
    const below = chunks(0, repeat(10, [0.05 * dbRatio(5.9), 0.05]));
    expect(speakerBySource(above, 0, 1000)).toBe('clinician');
    expect(speakerBySource(below, 0, 1000)).toBe('unknown');
    expect(speakerBySource(chunks(0, repeat(10, [0.05, 0.05 * dbRatio(6.1)])), 0, 1000)).toBe('patient');
  });

  it('uses only the chunks that overlap the segment, weighted by the overlap', () => {
    const e = chunks(0, [
      ...repeat(10, [0.08, 0.001] as [number, number]),
      ...repeat(10, [0.001, 0.08] as [number, number]),
    ]);
    expect(speakerBySource(e, 0, 1000)).toBe('clinician');
    expect(speakerBySource(e, 1000, 2000)).toBe('patient');
    // 1050–2000: 50 ms of clinician out of 950 ms of speech is a backchannel-sized share.
    expect(speakerBySource(e, 950, 2000)).toBe('patient');
    expect(speakerBySource(e, 5000, 6000)).toBe('unknown');
    expect(speakerBySource([], 0, 1000)).toBe('unknown');
  });
});
