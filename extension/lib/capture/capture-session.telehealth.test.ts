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
import type { SourceLevels } from './recorder.js';
import type { TabAudio } from './tab-audio.js';

const ENC = '00000000-0000-4000-8000-0000000000bb';
// Only the fields the session reads; the compute-backend field does not matter to a fake ASR.
const request = (tabAudio: boolean) =>
  ({
    encounterId: ENC,
    modelBaseUrl: 'http://127.0.0.1:1/models/test-model',
    language: 'en',
    firstSeq: 0,
    tabAudio,
  }) as StartCapture;

/** The `catchUp` flag of each start request the ASR stand-ins were given. */
const catchUps: boolean[] = [];

/** An ASR stand-in: one segment per full second of audio, the rest at finish(). */
function fakeAsr(listeners: AsrListeners): AsrClient {
  let samples = 0;
  let emitted = 0;
  let seq = 0;
  const emit = (end: number) => {
    listeners.onSegment?.(
      {
        seq: seq++,
        startMs: emitted / 16,
        endMs: end / 16,
        text: `words ${seq}`,
        tokens: [seq],
        avgLogprob: -0.1,
        noSpeechProb: 0,
      },
      0.2,
    );
    emitted = end;
  };
  return {
    load: async () => ({ type: 'ready' as const, backend: 'wasm' as const, reason: 'test', fellBack: false }),
    start: (firstSeq: number, _language: string | null, catchUp = false) => {
      seq = firstSeq;
      catchUps.push(catchUp);
    },
    push: (pcm: Float32Array) => {
      samples += pcm.length;
      while (samples - emitted >= 16000) emit(emitted + 16000);
    },
    finish: async () => {
      if (samples > emitted) emit(samples);
      return [];
    },
  } as unknown as AsrClient;
}

/** A call tab stand-in that can end like a closed tab does. */
function fakeTab() {
  const listeners: Array<() => void> = [];
  const tab = {
    stream: {} as MediaStream,
    ended: false,
    closed: 0,
    onEnded(listener: () => void) {
      listeners.push(listener);
    },
    close() {
      tab.closed++;
    },
    end() {
      tab.ended = true;
      for (const l of listeners) l();
    },
  };
  return tab;
}

describe('CaptureSession in telehealth mode', () => {
  let db: ScribeDb;
  let states: CaptureState[];
  let onPcm: ((pcm: Float32Array, level: number, sources?: SourceLevels) => void) | undefined;
  let recorderTab: TabAudio | undefined;
  let prepared: ReturnType<typeof fakeTab> | undefined;
  let micFailure: unknown;

  const session = () =>
    new CaptureSession({
      db,
      queue: new UploadQueue(db),
      spawnAsr: (listeners) => fakeAsr(listeners ?? {}),
      openRecorder: async (cb, tab) => {
        if (micFailure) throw micFailure;
        onPcm = cb;
        recorderTab = tab;
        return { pause: async () => {}, resume: async () => {}, stop: async () => {} };
      },
      takeTabAudio: () => {
        const tab = prepared;
        prepared = undefined;
        return tab;
      },
      wasmPaths: 'chrome-extension://x/ort/',
      publish: (s) => states.push(s),
      segmentStored: () => {},
    });
  /** One second of 100 ms chunks with these input levels (as the worklet measures them). */
  const second = (mic: number, tab: number | null) => {
    for (let i = 0; i < 10; i++) onPcm!(new Float32Array(1600).fill(0.05), mic, { mic, tab });
  };
  const speakers = async () => (await db.segmentsOf(ENC)).map((s) => s.speaker);

  beforeEach(async () => {
    db = await ScribeDb.open(new IDBFactory(), 'scribe', createCipher(await generateRecordKey()));
    states = [];
    onPcm = undefined;
    recorderTab = undefined;
    prepared = undefined;
    micFailure = undefined;
  });

  it('labels the segments of a recording recovered after a crash from the levels stored with its audio', async () => {
    prepared = fakeTab();
    // A recorder whose transcription never got going (the offscreen document was killed).
    const crashed = new CaptureSession({
      db,
      queue: new UploadQueue(db),
      spawnAsr: (listeners) => ({ ...fakeAsr(listeners ?? {}), push: () => {} }) as unknown as AsrClient,
      openRecorder: async (cb) => {
        onPcm = cb;
        return { pause: async () => {}, resume: async () => {}, stop: async () => {} };
      },
      takeTabAudio: () => prepared,
      wasmPaths: 'chrome-extension://x/ort/',
      publish: () => {},
      segmentStored: () => {},
    });
    await crashed.start(request(true));
    second(0.1, 0.001);
    second(0.02, 0.12);
    for (let i = 0; i < 100 && (await db.audioOf(ENC)).length < 20; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(await db.segmentsOf(ENC)).toEqual([]);

    const recovered = await session().recover(request(true));
    expect(recovered.phase).toBe('done');
    expect(await speakers()).toEqual(['clinician', 'patient']);
  });

  it('mixes the prepared call tab in and labels each segment by the dominant source', async () => {
    const tab = fakeTab();
    prepared = tab;
    const s = session();
    catchUps.length = 0;
    expect((await s.start(request(true))).tabAudio).toBe('on');
    // Segments are labelled one by one: merging those that waited would mix the two speakers.
    expect(catchUps).toEqual([false]);
    expect(recorderTab).toBe(tab);
    second(0.1, 0.001); // clinician talks, the call is quiet
    second(0.02, 0.12); // patient talks; the microphone hears the speakers' echo
    second(0.09, 0.1); // both at once
    expect(s.state.tabLevel).toBeCloseTo(0.1);
    await s.stop();
    expect(await speakers()).toEqual(['clinician', 'patient', 'unknown']);
    // The tab is given back once the last samples are in.
    expect(tab.closed).toBe(1);
    expect(s.state).toMatchObject({ phase: 'done', tabLevel: 0 });
  });

  it('keeps recording the microphone when the call tab ends, and stops labelling from then on', async () => {
    const tab = fakeTab();
    prepared = tab;
    const s = session();
    await s.start(request(true));
    second(0.001, 0.1);
    tab.end(); // the call's tab was closed
    expect(s.state).toMatchObject({ phase: 'recording', tabAudio: 'ended' });
    expect(tab.closed).toBe(1);
    second(0.001, 0.1); // the worklet still reports the dead input: not evidence
    second(0.1, 0.001);
    await s.stop();
    expect(await speakers()).toEqual(['patient', 'unknown', 'unknown']);
    expect((await db.audioOf(ENC)).length).toBe(30); // nothing recorded was lost
  });

  it('records the microphone and says so when the prepared tab is gone at the start', async () => {
    const s = session();
    const state = await s.start(request(true));
    expect(state).toMatchObject({ phase: 'recording', tabAudio: 'ended' });
    expect(recorderTab).toBeUndefined();
    second(0.1, null);
    await s.stop();
    expect(await speakers()).toEqual(['unknown']);
  });

  it('never labels microphone-only recordings (two people in one room)', async () => {
    prepared = fakeTab(); // prepared but not asked for: not taken
    const s = session();
    expect((await s.start(request(false))).tabAudio).toBe('off');
    expect(recorderTab).toBeUndefined();
    second(0.1, null);
    second(0.1, null);
    await s.stop();
    expect(await speakers()).toEqual(['unknown', 'unknown']);
    expect(prepared).toBeDefined();
  });

  it('gives the tab back when the microphone cannot be opened', async () => {
    const tab = fakeTab();
    prepared = tab;
    micFailure = new MicrophoneError('microphone-busy');
    const state = await session().start(request(true));
    expect(state.phase).toBe('error');
    expect(state.error?.code).toBe('microphone-busy');
    expect(tab.closed).toBe(1);
  });
});
