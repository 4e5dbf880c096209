import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jfkWav, librispeechWav, readPcm16k, testModelDir } from '../decoder/test-support/test-paths.js';
import { WhisperEngine } from '../decoder/whisper-engine.js';
import { loadNodeRuntime, readFileFromDisk } from '../runtime/node-runtime.js';
import {
  type TranscribedSegment,
  Transcriber,
  transcribePcm,
  type WindowTranscriber,
} from './transcriber.js';

const SR = 16000;
const jfk = readPcm16k(jfkWav);
const libri = readPcm16k(librispeechWav);
const silence = (seconds: number) => new Float32Array(Math.round(seconds * SR));
const concat = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const recording = concat(silence(1), jfk, silence(3), libri, silence(1));

/** Records each window it is asked for; says which clip it was by its length. */
function fakeEngine(noSpeech = false) {
  const windows: number[] = [];
  const engine: WindowTranscriber = {
    async transcribe(pcm) {
      windows.push(pcm.length);
      await new Promise((r) => setTimeout(r, 5));
      return {
        text: `window of ${pcm.length}`,
        tokens: [1, 2],
        avgLogprob: -0.2,
        noSpeechProb: 0.1,
        noSpeech,
      };
    },
  };
  return { engine, windows };
}

function feed(t: Transcriber, pcm: Float32Array, chunk = 1600) {
  for (let i = 0; i < pcm.length; i += chunk) t.push(pcm.subarray(i, i + chunk));
}

describe('Transcriber', () => {
  it('transcribes a segment as soon as the pause closes it; finish() only does the last one', async () => {
    const { engine, windows } = fakeEngine();
    const seen: TranscribedSegment[] = [];
    const t = new Transcriber(engine, { onSegment: (s) => seen.push(s) });
    feed(t, concat(silence(1), jfk, silence(3), libri.subarray(0, 8 * SR)));
    // No finish(): the segments the pauses closed get transcribed anyway. Wait until that settles.
    for (let last = -1; last !== windows.length || seen.length !== windows.length; ) {
      last = windows.length;
      await new Promise((r) => setTimeout(r, 100));
    }
    const beforeFinish = windows.length;
    expect(beforeFinish).toBeGreaterThanOrEqual(1);
    expect(seen).toHaveLength(beforeFinish);
    const all = await t.finish();
    expect(windows.length - beforeFinish).toBe(1); // only the open segment was left
    expect(all.map((s) => s.seq)).toEqual(all.map((_, i) => i));
    expect(seen).toEqual(all);
    expect(all[0]!.startMs).toBeGreaterThan(500); // the leading second of silence is skipped
    expect(all[0]!.startMs).toBeLessThan(1500);
    for (const [i, s] of all.entries()) {
      expect(s.endMs).toBeGreaterThan(s.startMs);
      if (i > 0) expect(s.startMs).toBeGreaterThanOrEqual(all[i - 1]!.endMs);
    }
    expect(all.at(-1)!.startMs).toBeGreaterThan(14_000); // the last one is the LibriSpeech clip
  });

  it('yields segments through the async iterator and ends after finish()', async () => {
    const { engine } = fakeEngine();
    const t = new Transcriber(engine, { firstSeq: 5 });
    const collected = (async () => {
      const out: number[] = [];
      for await (const s of t) out.push(s.seq);
      return out;
    })();
    feed(t, recording);
    const all = await t.finish();
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(await collected).toEqual(all.map((_, i) => 5 + i));
  });

  it('emits nothing for silence, and drops windows the engine judges no-speech', async () => {
    const quiet = fakeEngine();
    expect(await transcribePcm(quiet.engine, silence(10))).toEqual([]);
    expect(quiet.windows).toEqual([]);
    const judged = fakeEngine(true);
    expect(await transcribePcm(judged.engine, recording)).toEqual([]);
    expect(judged.windows.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every window at most 30 s on long uninterrupted speech', async () => {
    const { engine, windows } = fakeEngine();
    const long = concat(jfk, jfk, jfk, jfk, jfk, jfk); // 66 s, short pauses only
    const segments = await transcribePcm(engine, long);
    expect(segments.length).toBeGreaterThanOrEqual(2);
    for (const n of windows) expect(n).toBeLessThanOrEqual(30 * SR);
  });

  it('with catchUp, merges segments that waited behind a slow window (fewer encoder passes, ≤ 30 s)', async () => {
    const plain = fakeEngine();
    const each = await transcribePcm(plain.engine, concat(recording, recording, recording));
    const merged = fakeEngine();
    const caught = await transcribePcm(merged.engine, concat(recording, recording, recording), {
      catchUp: true,
    });
    expect(merged.windows.length).toBeLessThan(plain.windows.length);
    for (const n of merged.windows) expect(n).toBeLessThanOrEqual(30 * SR);
    expect(caught[0]!.startMs).toBe(each[0]!.startMs);
    expect(caught.at(-1)!.endMs).toBe(each.at(-1)!.endMs);
    for (const [i, s] of caught.entries())
      if (i > 0) expect(s.startMs).toBeGreaterThanOrEqual(caught[i - 1]!.endMs);
  });
});

describe('Transcriber with the test model (onnxruntime-node)', () => {
  let engine: WhisperEngine;
  beforeAll(async () => {
    const rt = await loadNodeRuntime('node');
    engine = await WhisperEngine.load({
      ort: rt.ort,
      readFile: readFileFromDisk,
      modelDir: testModelDir,
      sessionOptions: rt.sessionOptions,
    });
  });
  afterAll(() => engine?.release());

  it('gives, per VAD segment, the tokens the engine gives for that audio alone', async () => {
    const window = { fallback: { temperatures: [0] } };
    const segments = await transcribePcm(engine, recording, { window });
    expect(segments.length).toBeGreaterThanOrEqual(2);
    const start = Math.round((segments[0]!.startMs * SR) / 1000);
    const end = Math.round((segments[0]!.endMs * SR) / 1000);
    const direct = await engine.transcribe(recording.slice(start, end), window);
    expect(segments[0]!.tokens).toEqual(direct.tokens);
    expect(segments[0]!.text).toBe(direct.text);
    expect(segments[0]!.text.length).toBeGreaterThan(0);
    expect(segments[0]!.margins).toBeUndefined();
  });

  it('passes the decision margins through when the window options ask for them', async () => {
    const segments = await transcribePcm(engine, jfk.subarray(0, 3 * SR), { window: { margins: true } });
    expect(segments).toHaveLength(1);
    expect(segments[0]!.margins!.length).toBeGreaterThanOrEqual(segments[0]!.tokens.length);
  });
});
