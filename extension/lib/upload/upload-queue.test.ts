import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { AppError } from '../../../shared/errors.js';
import { createCipher, generateRecordKey } from '../db/at-rest-cipher.js';
import { ScribeDb } from '../db/scribe-db.js';
import { backoffDelayMs } from './backoff.js';
import { type SegmentSender, UploadQueue } from './upload-queue.js';

const ENC = '00000000-0000-4000-8000-000000000001';
const seg = (seq: number, text = `segment ${seq}`): TranscriptSegment => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'unknown',
  text,
});

/** A fake server with the API's idempotency rule: same seq + same text = unchanged, else 409. */
function fakeServer() {
  const stored = new Map<number, string>();
  let online = true;
  let calls = 0;
  const send: SegmentSender = async (_encounterId, segments) => {
    calls++;
    if (!online) throw new AppError('network_unavailable', 'offline');
    for (const s of segments) {
      const prior = stored.get(s.seq);
      if (prior !== undefined && prior !== s.text) throw new AppError('segment_conflict', 'differs');
    }
    for (const s of segments) stored.set(s.seq, s.text);
  };
  return {
    send,
    stored,
    setOnline: (v: boolean) => {
      online = v;
    },
    calls: () => calls,
  };
}

describe('UploadQueue', () => {
  let db: ScribeDb;
  let clock: number;
  let queue: UploadQueue;

  beforeEach(async () => {
    db = await ScribeDb.open(new IDBFactory(), 'scribe', createCipher(await generateRecordKey()));
    clock = 1_000_000;
    queue = new UploadQueue(db, { now: () => clock, baseDelayMs: 1000, maxDelayMs: 8000, random: () => 0.5 });
  });

  it('uploads pending segments in seq order and marks them synced', async () => {
    const server = fakeServer();
    for (const s of [seg(2), seg(0), seg(1)]) await queue.enqueue(ENC, s);
    expect(await queue.counts(ENC)).toEqual({ pending: 3, synced: 0, rejected: 0 });
    const r = await queue.drain(server.send);
    expect(r).toMatchObject({ sent: 3, pending: 0, rejected: 0 });
    expect([...server.stored.keys()]).toEqual([0, 1, 2]);
    expect(await queue.counts(ENC)).toEqual({ pending: 0, synced: 3, rejected: 0 });
    expect((await queue.drain(server.send)).sent).toBe(0); // nothing left to send
  });

  it('keeps segments while offline, backs off, and syncs them once online again', async () => {
    const server = fakeServer();
    server.setOnline(false);
    await queue.enqueue(ENC, seg(0));
    await queue.enqueue(ENC, seg(1));
    expect(await queue.drain(server.send)).toMatchObject({ sent: 0, pending: 2 });
    const first = await db.getSegment(ENC, 0);
    expect(first).toMatchObject({ sync: 'pending', attempts: 1, lastErrorCode: 'network_unavailable' });
    expect(first!.nextAttemptAt).toBe(
      clock + backoffDelayMs(1, { baseMs: 1000, maxMs: 8000, random: () => 0.5 }),
    );

    // Not yet due: the queue does not hammer the server.
    const callsBefore = server.calls();
    await queue.drain(server.send);
    expect(server.calls()).toBe(callsBefore);

    server.setOnline(true);
    clock = (await queue.nextDueAt())!;
    expect(await queue.drain(server.send)).toMatchObject({ sent: 2, pending: 0 });
    expect([...server.stored.values()]).toEqual(['segment 0', 'segment 1']);
  });

  it('grows the delay exponentially up to the cap', () => {
    const opts = { baseMs: 1000, maxMs: 8000, random: () => 1 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelayMs(n, opts))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffDelayMs(3, { ...opts, random: () => 0 })).toBe(2000);
  });

  it('treats a replay of an already-stored segment as success (crash between send and commit)', async () => {
    const server = fakeServer();
    server.stored.set(0, 'segment 0'); // the server got it, but the device never recorded success
    await queue.enqueue(ENC, seg(0));
    await queue.enqueue(ENC, seg(1));
    expect(await queue.drain(server.send)).toMatchObject({ sent: 2, rejected: 0 });
  });

  it('isolates a conflicting segment (409) without losing the rest of its batch', async () => {
    const server = fakeServer();
    server.stored.set(1, 'something else');
    for (const s of [seg(0), seg(1), seg(2)]) await queue.enqueue(ENC, s);
    const r = await queue.drain(server.send);
    expect(r).toMatchObject({ sent: 2, rejected: 1 });
    expect(await db.getSegment(ENC, 1)).toMatchObject({
      sync: 'rejected',
      lastErrorCode: 'segment_conflict',
    });
    expect(server.stored.get(2)).toBe('segment 2');
  });

  it('stops without burning retries when the session has expired', async () => {
    await queue.enqueue(ENC, seg(0));
    const r = await queue.drain(async () => {
      throw new AppError('session_expired', 'sign in');
    });
    expect(r).toMatchObject({ blocked: 'signed_out', pending: 1 });
    expect(await db.getSegment(ENC, 0)).toMatchObject({ sync: 'pending', attempts: 0 });
  });

  it('deletes recorded audio once the segments covering it are on the server', async () => {
    const server = fakeServer();
    const second = 16_000;
    for (let i = 0; i < 4; i++) {
      await db.putAudio({
        encounterId: ENC,
        index: i,
        startSample: i * second,
        pcm: new Float32Array(second),
      });
    }
    await queue.enqueue(ENC, seg(0)); // ends at 900 ms: chunk 0 (0–1 s) is not fully covered yet
    await queue.enqueue(ENC, seg(1)); // ends at 1900 ms: chunk 0 is covered
    server.setOnline(false);
    await queue.drain(server.send);
    expect(await db.audioOf(ENC)).toHaveLength(4); // nothing committed, nothing deleted
    server.setOnline(true);
    clock = (await queue.nextDueAt())!;
    await queue.drain(server.send);
    expect((await db.audioOf(ENC)).map((c) => c.index)).toEqual([1, 2, 3]);
  });

  it('forgets an encounter on this device only once everything is on the server', async () => {
    const server = fakeServer();
    await queue.enqueue(ENC, seg(0));
    await db.putAudio({ encounterId: ENC, index: 0, startSample: 0, pcm: new Float32Array(16) });
    expect(await db.forgetEncounter(ENC)).toBe(false); // still pending: nothing is deleted
    expect(await db.segmentsOf(ENC)).toHaveLength(1);
    await queue.drain(server.send);
    expect(await db.forgetEncounter(ENC)).toBe(true);
    expect(await db.segmentsOf(ENC)).toEqual([]);
    expect(await db.audioOf(ENC)).toEqual([]);
  });

  it('survives a restart: a new queue over the same database finds the pending work', async () => {
    const factory = new IDBFactory();
    const cipher = createCipher(await generateRecordKey());
    const first = new UploadQueue(await ScribeDb.open(factory, 'scribe', cipher));
    await first.enqueue(ENC, seg(0));
    const restarted = new UploadQueue(await ScribeDb.open(factory, 'scribe', cipher));
    const server = fakeServer();
    expect(await restarted.drain(server.send)).toMatchObject({ sent: 1 });
  });
});
