import type { ScribeDb } from '../db/scribe-db.js';
import type { SourceEnergy } from './speaker-by-source.js';

const SAMPLES_PER_MS = 16;

export interface RecoveryPlan {
  /** Numbering continues after the last segment already transcribed. */
  firstSeq: number;
  /** Where the untranscribed audio starts, in recording time. */
  fromMs: number;
  pcm: Float32Array[];
  durationMs: number;
  /** The stored input levels of that audio (recording time), for speaker labels. */
  energies: SourceEnergy[];
}

/**
 * Audio a recording left behind without transcript: after a normal stop none remains (the tail is
 * deleted), so any audio past the last segment means the recorder was cut off (crash, browser
 * closed). Returns null when there is nothing to recover.
 */
export async function planRecovery(db: ScribeDb, encounterId: string): Promise<RecoveryPlan | null> {
  const segments = await db.segmentsOf(encounterId);
  const fromMs = segments.reduce((end, s) => Math.max(end, s.endMs), 0);
  const fromSample = fromMs * SAMPLES_PER_MS;
  const pcm: Float32Array[] = [];
  const energies: SourceEnergy[] = [];
  for (const chunk of await db.audioOf(encounterId)) {
    const end = chunk.startSample + chunk.pcm.length;
    if (end <= fromSample) continue;
    pcm.push(chunk.pcm.subarray(Math.max(0, fromSample - chunk.startSample)));
    // A chunk stored without levels counts as microphone-only: its segments stay unlabelled.
    energies.push({
      startMs: chunk.startSample / SAMPLES_PER_MS,
      endMs: end / SAMPLES_PER_MS,
      mic: chunk.levels?.mic ?? 0,
      tab: chunk.levels ? chunk.levels.tab : null,
    });
  }
  const samples = pcm.reduce((n, p) => n + p.length, 0);
  if (samples === 0) return null;
  const firstSeq = segments.length ? Math.max(...segments.map((s) => s.seq)) + 1 : 0;
  return { firstSeq, fromMs, pcm, durationMs: Math.round(samples / SAMPLES_PER_MS), energies };
}
