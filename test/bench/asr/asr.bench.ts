/**
 * npm run bench:asr — our Whisper pipeline vs transformers.js on a whisper-base-shaped model
 * (random weights, real cost), same audio (jfk.wav) and same runtime (onnxruntime-node), then ours
 * on onnxruntime-web WASM, then a simulated 10-minute live recording. Prints what it measured.
 * Env: BENCH_TOKENS (decode length, default 32), BENCH_REPEATS (default 2), BENCH_SIM_MINUTES (10),
 * BENCH_CATCHUP=1 (also simulate with catch-up merging). About 7–12 min on 2 cores.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { writeWhisperModel } from '../../../models/scripts/make-test-model.js';
import { LogMelExtractor } from '../../../shared/asr/audio/log-mel.js';
import {
  jfkWav,
  librispeechWav,
  readPcm16k,
  repoRoot,
} from '../../../shared/asr/decoder/test-support/test-paths.js';
import { loadReferenceWhisper } from '../../../shared/asr/decoder/test-support/transformers-reference.js';
import { WhisperEngine } from '../../../shared/asr/decoder/whisper-engine.js';
import {
  loadNodeRuntime,
  type NodeRuntimeKind,
  readFileFromDisk,
} from '../../../shared/asr/runtime/node-runtime.js';
import { simulateRealtime } from './realtime-sim.js';

const TOKENS = Number(process.env.BENCH_TOKENS ?? 32);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const SIM_MINUTES = Number(process.env.BENCH_SIM_MINUTES ?? 10);
const modelDir = resolve(repoRoot, 'models/.bench-base');
const threads = availableParallelism();
const greedy = { fallback: { temperatures: [0] } };

// The fastest of the repeats: other processes only ever add time on a shared 2-core machine.
const best = (xs: number[]) => Math.min(...xs);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const log = (line = '') => process.stdout.write(`${line}\n`);
async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function loadEngine(kind: NodeRuntimeKind) {
  const rt = await loadNodeRuntime(kind);
  return WhisperEngine.load({
    ort: rt.ort,
    readFile: readFileFromDisk,
    modelDir,
    sessionOptions: rt.sessionOptions,
  });
}

async function main(): Promise<void> {
  if (!existsSync(resolve(modelDir, 'onnx/decoder_model_merged.onnx'))) {
    log('generating the whisper-base-shaped model in models/.bench-base …');
    writeWhisperModel(modelDir, 'base');
  }
  const pcm = readPcm16k(jfkWav);
  const audioSeconds = pcm.length / 16000;
  log(
    `ASR benchmark — whisper-base shape (d_model 512, 6+6 layers, vocab 51865), jfk.wav ${audioSeconds.toFixed(1)} s, ${threads} CPUs, ONNX Runtime default threads for both`,
  );

  // 1. Feature extraction per 30 s window.
  const reference = await loadReferenceWhisper(modelDir);
  const extractor = new LogMelExtractor(80);
  extractor.compute(pcm);
  await reference.features(pcm);
  const oursFeat: number[] = [];
  const theirsFeat: number[] = [];
  for (let i = 0; i < 5; i++) {
    oursFeat.push((await timeIt(() => extractor.compute(pcm))).ms);
    theirsFeat.push((await timeIt(() => reference.features(pcm))).ms);
  }
  const featRatio = best(theirsFeat) / best(oursFeat);
  log(
    `\nfeatures / 30 s window   ours ${ms(best(oursFeat))}   transformers.js ${ms(best(theirsFeat))}   → ${featRatio.toFixed(1)}× faster (target ≥ 3×)`,
  );

  // 2. Decoding and end to end, both on onnxruntime-node. Encoder time is measured around the
  // encoder session on both sides, so decode/token = (window − encoder) / tokens.
  const ours = await loadEngine('node');
  const special = ours.special;
  const oursEncoderMs = { total: 0 };
  const oursDecoderRunMs = { total: 0 };
  const encode = ours.model.encode.bind(ours.model);
  ours.model.encode = async (f) => {
    const t = await timeIt(() => encode(f));
    oursEncoderMs.total += t.ms;
    return t.value;
  };
  const decode = ours.model.decode.bind(ours.model);
  ours.model.decode = async (...args) => {
    const t = await timeIt(() => decode(...args));
    oursDecoderRunMs.total += t.ms;
    return t.value;
  };
  const generateOptions = {
    maxNewTokens: TOKENS,
    promptLength: 4,
    eotId: special.eot,
    multilingual: special.multilingual,
  };
  type Measured = {
    e2eMs: number;
    perTokenMs: number;
    encoderMs: number;
    /** Time inside ONNX Runtime calls (encoder + decoder steps); ours only. */
    runtimeMs: number;
    tokens: number[];
  };
  const measured = (
    featMs: number,
    runMs: number,
    encoderMs: number,
    tokens: number[],
    runtimeMs = Number.NaN,
  ): Measured => ({
    e2eMs: featMs + runMs,
    perTokenMs: (runMs - encoderMs) / Math.max(1, tokens.length),
    encoderMs,
    runtimeMs,
    tokens,
  });
  const measure = async (side: 'ours' | 'tjs'): Promise<Measured> => {
    if (side === 'ours') {
      oursEncoderMs.total = 0;
      oursDecoderRunMs.total = 0;
      const feat = await timeIt(() => ours.features(pcm));
      const run = await timeIt(
        async () => (await ours.transcribeFeatures(feat.value, { ...greedy, maxNewTokens: TOKENS })).tokens,
      );
      return measured(
        feat.ms,
        run.ms,
        oursEncoderMs.total,
        run.value,
        oursEncoderMs.total + oursDecoderRunMs.total,
      );
    }
    reference.encoderMs.total = 0;
    const feat = await timeIt(() => reference.features(pcm));
    const run = await timeIt(() => reference.generate(feat.value, generateOptions));
    return measured(feat.ms, run.ms, reference.encoderMs.total, run.value);
  };
  await measure('tjs');
  await measure('ours');
  const results = { ours: [] as Measured[], tjs: [] as Measured[] };
  for (let r = 0; r < REPEATS; r++) {
    results.tjs.push(await measure('tjs'));
    results.ours.push(await measure('ours'));
  }
  const pick = (side: 'ours' | 'tjs', key: 'e2eMs' | 'perTokenMs' | 'encoderMs') =>
    best(results[side].map((x) => x[key]));
  const oursTokens = results.ours[0]!.tokens;
  const tjsTokens = results.tjs[0]!.tokens;
  const identical = JSON.stringify(oursTokens) === JSON.stringify(tjsTokens);
  log(
    `encoder / window         ours ${ms(pick('ours', 'encoderMs'))}   transformers.js ${ms(pick('tjs', 'encoderMs'))}   (same ONNX graph, same runtime)`,
  );
  log(
    `decoding / token         ours ${ms(pick('ours', 'perTokenMs'))}   transformers.js ${ms(pick('tjs', 'perTokenMs'))}   → ${(pick('tjs', 'perTokenMs') / pick('ours', 'perTokenMs')).toFixed(2)}×`,
  );
  const e2eRatio = pick('tjs', 'e2eMs') / pick('ours', 'e2eMs');
  log(
    `end to end (${oursTokens.length} tokens)  ours ${ms(pick('ours', 'e2eMs') / audioSeconds)} per s of audio   transformers.js ${ms(pick('tjs', 'e2eMs') / audioSeconds)} per s   → ${e2eRatio.toFixed(2)}× faster (target ≥ 1.3×)`,
  );
  // What is left to win: the share of our time spent inside ONNX Runtime running the same graph as
  // transformers.js, and the ratio even a zero-cost feature extractor and decode loop would reach.
  const bestOurs = results.ours.reduce((a, b) => (b.e2eMs < a.e2eMs ? b : a));
  log(
    `  our time inside ONNX Runtime: ${((100 * bestOurs.runtimeMs) / bestOurs.e2eMs).toFixed(1)} %; ` +
      `ceiling with zero engine overhead: ${(pick('tjs', 'e2eMs') / bestOurs.runtimeMs).toFixed(2)}×`,
  );
  log(
    `identical tokens: ${identical ? 'yes' : 'NO'} (${oursTokens.length} vs ${tjsTokens.length}; best of ${REPEATS} repeats)`,
  );
  await reference.release();

  // 3. Ours on onnxruntime-web WASM (Node; threads as in the cross-origin isolated extension).
  const wasm = await loadEngine('wasm');
  await wasm.transcribe(pcm, { ...greedy, maxNewTokens: 2 });
  const w = await timeIt(
    async () => (await wasm.transcribe(pcm, { ...greedy, maxNewTokens: TOKENS })).tokens,
  );
  log(
    `onnxruntime-web WASM     ours ${ms(w.ms / audioSeconds)} per s of audio (${Math.min(4, threads)} threads, ${w.value.length} tokens, tokens ${JSON.stringify(w.value) === JSON.stringify(oursTokens) ? 'identical to' : 'DIFFER from'} onnxruntime-node)`,
  );
  await wasm.release();

  if (SIM_MINUTES <= 0) {
    await ours.release();
    return;
  }
  // 4. A simulated live recording: speech with short pauses, cut by the VAD into ≤ 30 s windows.
  const libri = readPcm16k(librispeechWav);
  const gap = new Float32Array(16000 * 0.3);
  const total = Math.round(SIM_MINUTES * 60 * 16000);
  const recording = new Float32Array(total);
  for (let o = 0, k = 0; o < total; k++) {
    const part = [pcm, gap, libri, gap][k % 4]!;
    recording.set(part.subarray(0, total - o), o);
    o += part.length;
  }
  // A real model emits ~3 tokens per second of speech; the random one is capped at that.
  log(
    `\nlive ${SIM_MINUTES} min on a simulated real-time clock (engine time measured; ≤ 3 tokens per s of window + 5):`,
  );
  // BENCH_CATCHUP=1 adds a second run with the Transcriber's catch-up merging (another ~5 min).
  for (const catchUp of process.env.BENCH_CATCHUP === '1' ? [false, true] : [false]) {
    const r = await simulateRealtime(ours, recording, greedy, {
      catchUp,
      tokensPerSecond: 3,
      onWindow: (n) => n % 20 === 0 && process.stderr.write(`  … ${n} windows transcribed\n`),
    });
    const met = r.stopToFinalSeconds <= 2 + r.lastWindowSeconds ? 'met' : 'NOT met';
    log(
      `  catchUp ${catchUp ? 'on ' : 'off'}: ${r.windows} windows, engine busy ${r.processingSeconds.toFixed(1)} s for ${r.audioSeconds.toFixed(0)} s (RTF ${(r.processingSeconds / r.audioSeconds).toFixed(2)}); ` +
        `stop → final ${r.stopToFinalSeconds.toFixed(2)} s, last window ${r.lastWindowSeconds.toFixed(2)} s (target ≤ 2 s + one segment: ${met})`,
    );
  }
  await ours.release();
}

await main();
