import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { AppError, isAppError } from '../../../shared/errors.js';
import type { LocalSegment, ScribeDb } from '../db/scribe-db.js';
import { backoffDelayMs } from './backoff.js';

/** Sends one batch of an encounter's segments; throws AppError (stable code) on failure. */
export type SegmentSender = (encounterId: string, segments: TranscriptSegment[]) => Promise<void>;

export interface DrainResult {
  sent: number;
  rejected: number;
  /** Segments left pending for a later retry. */
  pending: number;
  /** Set when draining stopped because the user must sign in again. */
  blocked?: 'signed_out';
}

export interface SyncCounts {
  pending: number;
  synced: number;
  rejected: number;
}

export interface UploadQueueOptions {
  now?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** Largest batch per request (the API accepts up to 500). */
  batchSize?: number;
}

const SAMPLES_PER_MS = 16;
const retriable = (e: unknown) =>
  !isAppError(e) || e.code === 'network_unavailable' || e.status >= 500 || e.status === 429;
const signedOut = (e: unknown) => isAppError(e) && e.status === 401;

export const toUploadSegment = (s: LocalSegment): TranscriptSegment => ({
  seq: s.seq,
  startMs: s.startMs,
  endMs: s.endMs,
  speaker: s.speaker,
  text: s.text,
  ...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
});

/**
 * Durable, idempotent upload of transcript segments: every segment is written to IndexedDB before
 * any network call, uploads retry with exponential backoff, and the server's idempotency by `seq`
 * makes replays after a crash harmless. Any context (service worker, side panel) may drain.
 */
export class UploadQueue {
  private readonly now: () => number;

  constructor(
    private readonly db: ScribeDb,
    private readonly options: UploadQueueOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  async enqueue(
    encounterId: string,
    segment: TranscriptSegment & { tokens?: number[] },
  ): Promise<LocalSegment> {
    const existing = await this.db.getSegment(encounterId, segment.seq);
    if (existing && existing.sync !== 'pending') return existing;
    const local: LocalSegment = {
      encounterId,
      seq: segment.seq,
      startMs: segment.startMs,
      endMs: segment.endMs,
      speaker: segment.speaker,
      text: segment.text,
      ...(segment.confidence !== undefined ? { confidence: segment.confidence } : {}),
      tokens: segment.tokens ?? [],
      sync: 'pending',
      attempts: existing?.attempts ?? 0,
      nextAttemptAt: 0,
    };
    await this.db.putSegments([local]);
    return local;
  }

  /**
   * Uploads every due pending segment, encounter by encounter, in seq order. Segments of `holdBack`
   * encounters (not on the server yet) stay pending without counting an attempt.
   */
  async drain(send: SegmentSender, holdBack: ReadonlySet<string> = new Set()): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, rejected: 0, pending: 0 };
    const pending = await this.db.segmentsBySync('pending');
    const due = pending.filter((s) => s.nextAttemptAt <= this.now() && !holdBack.has(s.encounterId));
    result.pending = pending.length - due.length;
    const byEncounter = new Map<string, LocalSegment[]>();
    for (const s of due.sort((a, b) => a.seq - b.seq)) {
      byEncounter.set(s.encounterId, [...(byEncounter.get(s.encounterId) ?? []), s]);
    }
    for (const [encounterId, segments] of byEncounter) {
      const batchSize = this.options.batchSize ?? 100;
      for (let i = 0; i < segments.length; i += batchSize) {
        const outcome = await this.sendBatch(encounterId, segments.slice(i, i + batchSize), send, result);
        if (outcome === 'stop') {
          result.pending += segments.length - i;
          result.blocked = 'signed_out';
          return result;
        }
      }
      await this.releaseCommittedAudio(encounterId);
    }
    return result;
  }

  private async sendBatch(
    encounterId: string,
    batch: LocalSegment[],
    send: SegmentSender,
    result: DrainResult,
  ): Promise<'ok' | 'stop'> {
    try {
      await send(encounterId, batch.map(toUploadSegment));
      await this.db.putSegments(batch.map((s) => ({ ...s, sync: 'synced', lastErrorCode: undefined })));
      result.sent += batch.length;
      return 'ok';
    } catch (e) {
      if (signedOut(e)) return 'stop';
      if (isAppError(e) && e.code === 'segment_conflict' && batch.length > 1) {
        // The server rejects the whole batch; resend one by one to find the segment that differs.
        for (const single of batch) {
          if ((await this.sendBatch(encounterId, [single], send, result)) === 'stop') return 'stop';
        }
        return 'ok';
      }
      const code = isAppError(e) ? e.code : 'network_unavailable';
      if (retriable(e)) {
        const now = this.now();
        await this.db.putSegments(
          batch.map((s) => ({
            ...s,
            attempts: s.attempts + 1,
            nextAttemptAt: now + backoffDelayMs(s.attempts + 1, this.backoffOptions()),
            lastErrorCode: code,
          })),
        );
        result.pending += batch.length;
      } else {
        await this.db.putSegments(batch.map((s) => ({ ...s, sync: 'rejected', lastErrorCode: code })));
        result.rejected += batch.length;
      }
      return 'ok';
    }
  }

  private backoffOptions() {
    return {
      baseMs: this.options.baseDelayMs ?? 1000,
      maxMs: this.options.maxDelayMs ?? 60_000,
      ...(this.options.random ? { random: this.options.random } : {}),
    };
  }

  /** Audio is deleted once every segment up to it is on the server. */
  private async releaseCommittedAudio(encounterId: string): Promise<void> {
    const segments = await this.db.segmentsOf(encounterId);
    let committedEndMs = -1;
    for (const s of segments) {
      if (s.sync === 'pending') break;
      committedEndMs = s.endMs;
    }
    if (committedEndMs >= 0) await this.db.deleteAudioBefore(encounterId, committedEndMs * SAMPLES_PER_MS);
  }

  async counts(encounterId: string): Promise<SyncCounts> {
    const counts: SyncCounts = { pending: 0, synced: 0, rejected: 0 };
    for (const s of await this.db.segmentsOf(encounterId)) counts[s.sync]++;
    return counts;
  }

  /** When the next pending segment becomes due (for scheduling an alarm), or undefined. */
  async nextDueAt(): Promise<number | undefined> {
    const pending = await this.db.segmentsBySync('pending');
    return pending.length ? Math.min(...pending.map((s) => s.nextAttemptAt)) : undefined;
  }
}

/** Wraps a fetch failure (offline, DNS, CORS) as the retriable network error. */
export const networkError = (cause: unknown) =>
  new AppError('network_unavailable', 'The Scribe server could not be reached', { cause });
