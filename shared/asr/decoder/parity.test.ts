import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeRuntime, type NodeRuntimeKind, readFileFromDisk } from '../runtime/node-runtime.js';
import { jfkWav, librispeechWav, readPcm16k, testModelDir } from './test-support/test-paths.js';
import { loadReferenceWhisper, type ReferenceWhisper } from './test-support/transformers-reference.js';
import { WhisperEngine } from './whisper-engine.js';

// Generous enough that the test model reaches EOT by itself, so both stop for the same reason.
const MAX_NEW_TOKENS = 200;
const clips = { jfk: readPcm16k(jfkWav), librispeech: readPcm16k(librispeechWav) };
const greedy = { fallback: { temperatures: [0] }, maxNewTokens: MAX_NEW_TOKENS };

async function loadEngine(kind: NodeRuntimeKind): Promise<WhisperEngine> {
  const rt = await loadNodeRuntime(kind);
  return WhisperEngine.load({
    ort: rt.ort,
    readFile: readFileFromDisk,
    modelDir: testModelDir,
    sessionOptions: rt.sessionOptions,
  });
}

describe('parity with transformers.js on the test model', () => {
  let reference: ReferenceWhisper;
  const engines: Partial<Record<NodeRuntimeKind, WhisperEngine>> = {};
  const expected: Record<string, number[]> = {};

  beforeAll(async () => {
    reference = await loadReferenceWhisper(testModelDir);
    engines.node = await loadEngine('node');
    engines.wasm = await loadEngine('wasm');
    const special = engines.node.special;
    for (const [name, pcm] of Object.entries(clips)) {
      const features = await reference.features(pcm);
      expected[name] = await reference.generate(features, {
        maxNewTokens: MAX_NEW_TOKENS,
        promptLength: 4,
        eotId: special.eot,
        multilingual: special.multilingual,
      });
    }
  });
  afterAll(async () => {
    await reference?.release();
    for (const e of Object.values(engines)) await e?.release();
  });

  it('decodes varied tokens and stops at EOT (otherwise parity would prove little)', () => {
    for (const tokens of Object.values(expected)) {
      expect(tokens.length).toBeGreaterThan(10);
      expect(tokens.length).toBeLessThan(MAX_NEW_TOKENS);
      expect(new Set(tokens).size).toBeGreaterThan(tokens.length / 4);
    }
    expect(expected.jfk).not.toEqual(expected.librispeech);
  });

  it('computes the same log-mel features as WhisperFeatureExtractor (within 1e-4)', async () => {
    for (const pcm of Object.values(clips)) {
      const theirs = (await reference.features(pcm)).data as Float32Array;
      const ours = engines.node!.features(pcm);
      expect(ours.length).toBe(theirs.length);
      let maxDiff = 0;
      for (let i = 0; i < ours.length; i++) maxDiff = Math.max(maxDiff, Math.abs(ours[i]! - theirs[i]!));
      expect(maxDiff).toBeLessThan(1e-4);
    }
  });

  for (const kind of ['node', 'wasm'] as const) {
    it(`gives transformers.js's greedy token ids from raw audio (onnxruntime-${kind === 'node' ? 'node' : 'web WASM'})`, async () => {
      for (const [name, pcm] of Object.entries(clips)) {
        const ours = await engines[kind]!.transcribe(pcm, greedy);
        expect(ours.tokens, name).toEqual(expected[name]);
      }
    });
  }

  it('gives the same tokens with and without the KV cache', async () => {
    const engine = engines.node!;
    const features = engine.features(clips.jfk);
    const cached = await engine.transcribeFeatures(features, greedy);
    const uncached = await engine.transcribeFeatures(features, { ...greedy, useKvCache: false });
    expect(uncached.tokens).toEqual(cached.tokens);
    expect(uncached.avgLogprob).toBeCloseTo(cached.avgLogprob, 3);
  });

  it('reports greedy decision margins on request without changing the tokens; CPU and WASM agree', async () => {
    const withMargins = { ...greedy, margins: true };
    const node = await engines.node!.transcribe(clips.jfk, withMargins);
    const wasm = await engines.wasm!.transcribe(clips.jfk, withMargins);
    expect(node.tokens).toEqual(expected.jfk);
    expect(wasm.tokens).toEqual(expected.jfk);
    expect((await engines.node!.transcribe(clips.jfk, greedy)).margins).toBeUndefined();
    // One margin per token plus the EOT decision; each is a real gap (the model reaches EOT by itself).
    expect(node.margins).toHaveLength(node.tokens.length + 1);
    for (const m of node.margins!) expect(m).toBeGreaterThan(0);
    // Two ONNX Runtime kernel sets, same fp32 model: margins agree far below any decision margin.
    for (const [i, m] of node.margins!.entries()) expect(Math.abs(m - wasm.margins![i]!)).toBeLessThan(1e-3);
  });
});
