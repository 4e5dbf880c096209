import { beforeAll, describe, expect, it, vi } from 'vitest';
import { jfkWav, readPcm16k } from '../../../shared/asr/decoder/test-support/test-paths.js';

// The worker with a stand-in engine that is slow on its first window (a loaded computer) and the
// real transcriber and voice-activity detector behind it.
vi.mock('onnxruntime-web', () => ({ env: { wasm: {}, webgpu: {} } }));
vi.mock('../../../shared/asr/decoder/whisper-engine.js', () => ({ WhisperEngine: { load: vi.fn() } }));
vi.mock('./model-cache.js', () => ({ cachedModelReader: () => async () => new Uint8Array() }));

const { WhisperEngine } = await import('../../../shared/asr/decoder/whisper-engine.js');

const SR = 16000;
const posted: Array<{ type: string; segments?: unknown[] }> = [];
const worker = {
  postMessage: (m: { type: string }) => posted.push(m),
  onmessage: null as ((e: { data: unknown }) => void) | null,
  navigator: {},
};
const send = (data: unknown) => worker.onmessage!({ data });

/** Windows the engine was asked for (their lengths); the first one waits until `release`. */
let windows: number[] = [];
let release: () => void = () => {};
const engine = {
  async transcribe(pcm: Float32Array) {
    windows.push(pcm.length);
    if (windows.length === 1) await new Promise<void>((r) => (release = r));
    return { text: 'words', tokens: [1], avgLogprob: -0.1, noSpeechProb: 0.1, noSpeech: false };
  },
  release: async () => {},
};

/** Speech with pauses the detector cuts at: the clip, 1.5 s of quiet, four times over (≈ 50 s). */
const quiet = new Float32Array(1.5 * SR);
const jfk = readPcm16k(jfkWav);
const recording = new Float32Array(4 * (jfk.length + quiet.length));
for (let k = 0, o = 0; k < 4; k++, o += jfk.length + quiet.length) recording.set(jfk, o);

/** Records live in 100 ms chunks while the first window is still being transcribed; then finishes. */
async function recordWhileFirstWindowIsSlow(catchUp: boolean | undefined): Promise<number[]> {
  windows = [];
  posted.length = 0;
  send({ type: 'start', firstSeq: 0, language: 'en', ...(catchUp === undefined ? {} : { catchUp }) });
  for (let i = 0; i < recording.length; i += SR / 10)
    send({ type: 'push', pcm: recording.slice(i, i + SR / 10) });
  await vi.waitFor(() => expect(windows.length).toBe(1));
  // Every chunk has reached the transcriber before the slow window ends.
  send({ type: 'finish' });
  await new Promise((r) => setTimeout(r, 20));
  release();
  await vi.waitFor(() => expect(posted.some((m) => m.type === 'finished')).toBe(true));
  return windows;
}

beforeAll(async () => {
  vi.mocked(WhisperEngine.load).mockResolvedValue(engine as never);
  (globalThis as { self?: unknown }).self = worker;
  await import('./asr.worker.js');
  send({
    type: 'load',
    modelBaseUrl: 'http://127.0.0.1:1/models/test-model',
    wasmPaths: 'http://127.0.0.1/ort/',
    backend: 'wasm',
  });
  await vi.waitFor(() => expect(posted.some((m) => m.type === 'ready')).toBe(true));
});

describe('ASR worker: live transcription that falls behind', () => {
  it('with catchUp, transcribes the segments that waited behind a slow window in ≤ 30 s windows', async () => {
    const each = await recordWhileFirstWindowIsSlow(false);
    const merged = await recordWhileFirstWindowIsSlow(true);
    // One encoder pass per waiting ≤ 30 s instead of one per phrase: the backlog shrinks.
    expect(each.length).toBeGreaterThanOrEqual(6);
    expect(merged.length).toBeLessThanOrEqual(3);
    for (const n of merged) expect(n).toBeLessThanOrEqual(30 * SR);
    // Nothing is dropped: both cover the same speech.
    expect(merged.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(each.reduce((a, b) => a + b, 0));
  });

  it('does not merge when the request does not ask for it (telehealth, dictation files)', async () => {
    const plain = await recordWhileFirstWindowIsSlow(undefined);
    expect(plain.length).toBeGreaterThanOrEqual(6);
  });
});
