import type { Speaker } from '../../../shared/clinical/transcript.js';

/**
 * How loud each input was over one ~100 ms chunk of the recording (RMS, full scale 1). `tab` is null
 * where no call tab was being recorded (microphone-only mode, or after the tab's audio ended).
 */
export interface SourceEnergy {
  startMs: number;
  endMs: number;
  mic: number;
  tab: number | null;
}

export interface SpeakerRule {
  /**
   * A chunk belongs to one source when that source is at least this much louder than the other.
   * 6 dB: four times the power. The microphone also hears the call through the speakers, so while
   * the patient talks the microphone carries an echo of them; at ordinary volume that echo stays
   * several dB under the tab's own signal (with headphones there is none), so the tab still
   * dominates. Where the echo comes within 6 dB (loud speakers next to the microphone) the chunk
   * counts as both speaking and the segment stays unlabelled: a missing label, never a wrong one.
   * Cross-talk within 6 dB is also "both".
   */
  dominanceDb: number;
  /** Share of a segment's active speech that must belong to one source (room for an "mm-hmm"). */
  minShare: number;
  /** Chunks quieter than this (RMS) are silence, whatever the other source does (about -50 dBFS). */
  silenceRms: number;
  /** Chunks more than this far under the segment's loudest chunk are pauses (room noise, breath). */
  pauseBelowPeakDb: number;
}

export const defaultSpeakerRule: SpeakerRule = {
  dominanceDb: 6,
  minShare: 0.8,
  silenceRms: 0.003,
  pauseBelowPeakDb: 25,
};

const TINY = 1e-9;

/**
 * Who spoke a transcript segment in telehealth mode, from the energies of its two inputs: the
 * clinician's microphone and the call tab (the remote patient). `clinician` when the microphone
 * clearly dominates the segment's speech, `patient` when the tab does, `unknown` when both speak,
 * when there is nothing to go by, or when any part of the segment was recorded without the tab (two
 * people in one room share a microphone: Scribe does not guess).
 */
export function speakerBySource(
  energies: readonly SourceEnergy[],
  startMs: number,
  endMs: number,
  rule: SpeakerRule = defaultSpeakerRule,
): Speaker {
  const chunks = energies
    .map((e) => ({ e, weight: Math.min(e.endMs, endMs) - Math.max(e.startMs, startMs) }))
    .filter((c) => c.weight > 0);
  if (chunks.length === 0) return 'unknown';
  if (chunks.some((c) => c.e.tab === null)) return 'unknown';

  const peak = Math.max(...chunks.map((c) => Math.max(c.e.mic, c.e.tab ?? 0)));
  const gate = Math.max(rule.silenceRms, peak * 10 ** (-rule.pauseBelowPeakDb / 20));
  let mic = 0;
  let tab = 0;
  let active = 0;
  for (const { e, weight } of chunks) {
    const tabRms = e.tab ?? 0;
    if (Math.max(e.mic, tabRms) < gate) continue;
    active += weight;
    const db = 20 * Math.log10(Math.max(e.mic, TINY) / Math.max(tabRms, TINY));
    if (db >= rule.dominanceDb) mic += weight;
    else if (db <= -rule.dominanceDb) tab += weight;
  }
  if (active === 0) return 'unknown';
  if (mic / active >= rule.minShare) return 'clinician';
  if (tab / active >= rule.minShare) return 'patient';
  return 'unknown';
}
