import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AsrClient, AsrListeners } from '../asr/asr-client.js';
import { createCipher, generateRecordKey } from '../db/at-rest-cipher.js';
import { ScribeDb } from '../db/scribe-db.js';
import type { CaptureState } from '../messages/capture-state.js';
import type { StartCapture } from '../messages/messages.js';
import { UploadQueue } from '../upload/upload-queue.js';
import { CaptureSession } from './capture-session.js';
import { MicrophoneError } from './microphone.js';
import { planRecovery } from './recovery-plan.js';

const ENC = '00000000-0000-4000-8000-0000000000aa';
const start: StartCapture = {
  encounterId: ENC,
  modelBaseUrl: 'http://127.0.0.1:1/models/test-model',
  language: 'en',
  backend: 'wasm',
  firstSeq: 0,
};

/** An ASR worker stand-in: one segment per full second of audio it was given, the rest at finish(). */
function fakeAsr(
  listeners: AsrListeners,
  ready = { backend: 'wasm' as const, reason: 'test', fellBack: false },
) {
  let samples = 0;
  let emittedUpTo = 0;
  let seq = 0;
  const pushed: number[] = [];
  /** The `catchUp` flag of each start request. */
  const catchUps: boolean[] = [];
  const emit = (endSample: number) => {
    listeners.onSegment?.(
      {
        seq: seq++,
        startMs: emittedUpTo / 16,
        endMs: endSample / 16,
        text: `words ${seq}`,
        tokens: [seq],
        avgLogprob: -0.1,
        noSpeechProb: 0,
      },
      0.2,
    );
    emittedUpTo = endSample;
  };
  const client = {
    load: async () => ({ type: 'ready' as const, ...ready }),
    start: (firstSeq: number, _language: string | null, catchUp = false) => {
      seq = firstSeq;
      catchUps.push(catchUp);
    },
    push: (pcm: Float32Array) => {
      pushed.push(pcm.length);
      samples += pcm.length;
      while (samples - emittedUpTo >= 16000) emit(emittedUpTo + 16000);
    },
    finish: async () => {
      if (samples > emittedUpTo) emit(samples);
      return [];
    },
  };
  return { client: client as unknown as AsrClient, pushed, catchUps };
}

describe('CaptureSession', () => {
  let db: ScribeDb;
  let states: CaptureState[];
  let onPcm: ((pcm: Float32Array, level: number) => void) | undefined;
  let asr: ReturnType<typeof fakeAsr> | undefined;
  let micFailure: unknown;
  let ready: Parameters<typeof fakeAsr>[1];
  const stored: string[] = [];

  const session = () =>
    new CaptureSession({
      db,
      queue: new UploadQueue(db),
      spawnAsr: (listeners) => {
        asr = fakeAsr(listeners ?? {}, ready);
        return asr.client;
      },
      openRecorder: async (cb) => {
        if (micFailure) throw micFailure;
        onPcm = cb;
        return { pause: async () => {}, resume: async () => {}, stop: async () => {} };
      },
      wasmPaths: 'chrome-extension://x/ort/',
      publish: (s) => states.push(s),
      segmentStored: (id) => stored.push(id),
    });
  const speak = (seconds: number) => {
    for (let i = 0; i < seconds * 10; i++) onPcm!(new Float32Array(1600).fill(0.1), 0.1);
  };

  beforeEach(async () => {
    db = await ScribeDb.open(new IDBFactory(), 'scribe', createCipher(await generateRecordKey()));
    states = [];
    micFailure = undefined;
    ready = undefined;
    stored.length = 0;
  });

  it('says so when the chosen graphics card could not start and the processor transcribes instead', async () => {
    ready = { backend: 'wasm', reason: 'WebGPU failed (device lost); using WASM', fellBack: true };
    const s = session();
    await s.start(start);
    expect(s.state).toMatchObject({ backend: 'wasm', backendFellBack: true });
    expect(s.state.backendReason).toContain('device lost');
  });

  it('lets live transcription of a microphone-only recording catch up when it falls behind', async () => {
    await session().start(start);
    expect(asr!.catchUps).toEqual([true]);
  });

  it('refuses to start another encounter while the previous one is still finishing', async () => {
    const s = session();
    await s.start(start);
    speak(2.5);
    const stopping = s.stop();
    expect(s.state.phase).toBe('finishing');
    const other = '00000000-0000-4000-8000-0000000000cc';
    const refused = await s.start({ ...start, encounterId: other });
    expect(refused.encounterId).toBe(ENC);
    await stopping;
    // Every segment of the first recording stays on the first encounter.
    expect((await db.segmentsOf(ENC)).length).toBe(3);
    expect(await db.segmentsOf(other)).toEqual([]);
    // Once done, the next encounter can start.
    expect((await s.start({ ...start, encounterId: other })).encounterId).toBe(other);
  });

  it('persists audio before transcription, queues every segment, and tracks elapsed time', async () => {
    const s = session();
    expect((await s.start(start)).phase).toBe('recording');
    expect(states.map((x) => x.phase)).toContain('loading-model');
    speak(2.5);
    expect(s.state.elapsedMs).toBe(2500);
    await s.pause();
    expect(s.state.phase).toBe('paused');
    await s.resume();
    const done = await s.stop();
    expect(done).toMatchObject({ phase: 'done', segments: 3, backend: 'wasm', realTimeFactor: 0.2 });
    const segments = await db.segmentsOf(ENC);
    expect(segments.map((x) => [x.seq, x.startMs, x.endMs, x.sync])).toEqual([
      [0, 0, 1000, 'pending'],
      [1, 1000, 2000, 'pending'],
      [2, 2000, 2500, 'pending'],
    ]);
    expect(stored).toHaveLength(3);
    // All 25 chunks reached the worker, each after being written to IndexedDB.
    expect(asr!.pushed).toHaveLength(25);
    expect((await db.audioOf(ENC)).length).toBeGreaterThan(0); // kept until the server has the transcript
  });

  it('deletes the audio once its segments are uploaded', async () => {
    const s = session();
    await s.start(start);
    speak(2);
    await s.stop();
    await new UploadQueue(db).drain(async () => {});
    expect(await db.audioOf(ENC)).toEqual([]);
  });

  it('leaves no untranscribed audio after a normal stop, even mid-chunk', async () => {
    const s = session();
    await s.start(start);
    for (let i = 0; i < 12; i++) onPcm!(new Float32Array(1500).fill(0.1), 0.1); // 1.125 s in uneven chunks
    await s.stop();
    expect(await planRecovery(db, ENC)).toBeNull();
    const audio = await db.audioOf(ENC);
    const lastEnd = Math.max(...audio.map((c) => c.startSample + c.pcm.length));
    expect(lastEnd).toBe(18_000); // cut exactly at the last segment's end (1125 ms)
  });

  it('recovers audio an interrupted recording left behind, continuing seq and times', async () => {
    const first = session();
    await first.start(start);
    speak(2.5); // segments 0–1 s and 1–2 s are transcribed; 0.5 s is not
    // Let the 25 chunk writes land; then the "crash": no stop().
    for (let i = 0; i < 400 && (await db.audioOf(ENC)).length < 25; i++)
      await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 400 && (await db.segmentsOf(ENC)).length < 2; i++)
      await new Promise((r) => setTimeout(r, 5));
    const plan = await planRecovery(db, ENC);
    expect(plan).toMatchObject({ firstSeq: 2, fromMs: 2000, durationMs: 500 });

    const after = session(); // a new offscreen document after the crash
    const state = await after.recover({ ...start, firstSeq: 0 });
    expect(state.phase).toBe('done');
    const segments = await db.segmentsOf(ENC);
    expect(segments.map((x) => [x.seq, x.startMs, x.endMs])).toEqual([
      [0, 0, 1000],
      [1, 1000, 2000],
      [2, 2000, 2500],
    ]);
    expect(await planRecovery(db, ENC)).toBeNull();
  });

  it('reports a denied microphone as an actionable error state', async () => {
    micFailure = new MicrophoneError('microphone-denied');
    const state = await session().start(start);
    expect(state.phase).toBe('error');
    expect(state.error?.code).toBe('microphone-denied');
    // Where to allow it in Chrome, not a pointer back at Scribe's own button.
    expect(state.error?.message).toContain('Site settings → Microphone');
  });
});
