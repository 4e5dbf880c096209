/**
 * The Whisper engine in a Worker, so decoding never blocks a page. onnxruntime-web runs WebGPU when
 * the setting and the browser's adapter allow it (WASM when its session cannot start), else WASM;
 * the runtime files are bundled in the extension (no CDN). Model files come from the Scribe server
 * through the persistent cache.
 */
import * as ort from 'onnxruntime-web';
import { WhisperEngine } from '../../../shared/asr/decoder/whisper-engine.js';
import type { GpuNavigator } from '../../../shared/asr/runtime/select-backend.js';
import {
  type TranscribedSegment,
  Transcriber,
  transcribePcm,
} from '../../../shared/asr/transcriber/transcriber.js';
import { isAppError } from '../../../shared/errors.js';
import { type AsrEvent, type AsrRequest, asrRequestSchema } from './asr-protocol.js';
import { chooseBackend } from './backend-choice.js';
import { cachedModelReader } from './model-cache.js';
import { TimedEngine } from './timed-engine.js';
import { wasmThreads } from './wasm-threads.js';

// The root tsconfig has no WebWorker lib (it would clash with DOM); this is the slice we use.
declare const self: {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  navigator: unknown;
  crossOriginIsolated?: boolean;
};

let engine: TimedEngine | undefined;
let transcriber: Transcriber | undefined;
const post = (event: AsrEvent) => self.postMessage(event);

const toEvent = (segment: TranscribedSegment, realTimeFactor: number): AsrEvent => ({
  type: 'segment',
  segment,
  realTimeFactor,
});

async function load(request: Extract<AsrRequest, { type: 'load' }>): Promise<void> {
  // A reload (another model or backend) must not keep the previous sessions' memory, GPU included.
  const previous = engine;
  engine = undefined;
  transcriber = undefined;
  await previous?.release().catch((e: unknown) => console.warn('ASR worker: release failed', describe(e)));
  ort.env.wasm.wasmPaths = request.wasmPaths;
  // WASM threads need SharedArrayBuffer, i.e. cross-origin isolation. The manifest does not opt the
  // extension into it: in an isolated offscreen document Chrome refuses the call tab's stream
  // (getUserMedia → AbortError, with COEP require-corp and credentialless alike), and telehealth
  // needs that. So this is one thread today; threads follow if the pages are ever isolated.
  const threads = wasmThreads(
    self.crossOriginIsolated === true,
    self.navigator as { hardwareConcurrency?: number },
  );
  ort.env.wasm.numThreads = threads;
  const readFile = cachedModelReader((p) => post({ type: 'progress', ...p }));
  const { choice, adapter, fellBack } = await chooseBackend(request.backend, self.navigator as GpuNavigator);
  // ONNX Runtime requests an adapter of its own unless given one: give it the one the choice was made on.
  if (adapter) (ort.env.webgpu as { adapter?: unknown }).adapter = adapter;
  const open = (executionProviders: string[]) =>
    WhisperEngine.load({
      ort,
      readFile,
      modelDir: request.modelBaseUrl,
      ...(request.precision ? { precision: request.precision } : {}),
      sessionOptions: { executionProviders },
    });
  try {
    engine = new TimedEngine(await open(choice.executionProviders));
    const reason = choice.backend === 'wasm' ? `${choice.reason}; ${threadsLabel(threads)}` : choice.reason;
    post({ type: 'ready', backend: choice.backend, reason, fellBack });
  } catch (e) {
    if (choice.backend !== 'webgpu' || isDownloadFailure(e)) throw e;
    // A WebGPU adapter that cannot run the graph (old driver, software adapter): fall back once.
    engine = new TimedEngine(await open(['wasm']));
    console.warn('ASR worker: WebGPU session failed, using WASM', e);
    post({
      type: 'ready',
      backend: 'wasm',
      reason: `WebGPU failed (${describe(e)}); using WASM, ${threadsLabel(threads)}`,
      fellBack: true,
    });
  }
}

/** The model's files did not arrive: WASM needs the same files, and WebGPU is not at fault. */
const isDownloadFailure = (e: unknown) =>
  isAppError(e) && (e.code === 'network_unavailable' || e.code === 'model_not_found');

const threadsLabel = (n: number) => (n === 1 ? '1 thread' : `${n} threads`);

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

async function handle(request: AsrRequest): Promise<void> {
  if (request.type === 'load') return load(request);
  if (!engine) throw new Error('ASR worker: load the model first');
  const timed = engine;
  switch (request.type) {
    case 'start':
      transcriber = new Transcriber(timed, {
        firstSeq: request.firstSeq,
        window: request.language ? { language: request.language } : {},
        catchUp: request.catchUp,
        onSegment: (s) => post(toEvent(s, timed.lastRealTimeFactor)),
      });
      return;
    case 'push':
      transcriber?.push(request.pcm);
      return;
    case 'finish': {
      const segments = transcriber ? await transcriber.finish() : [];
      transcriber = undefined;
      post({ type: 'finished', segments });
      return;
    }
    case 'transcribe-file': {
      const segments = await transcribePcm(timed, request.pcm, {
        window: request.language ? { language: request.language } : {},
        onSegment: (s) => post(toEvent(s, timed.lastRealTimeFactor)),
      });
      post({ type: 'finished', segments });
      return;
    }
  }
}

// One request at a time, in order: pushes must reach the transcriber in the order they were recorded.
let chain = Promise.resolve();
self.onmessage = (event: MessageEvent) => {
  const parsed = asrRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', code: 'bad_request', message: 'ASR worker: malformed request' });
    return;
  }
  chain = chain
    .then(() => handle(parsed.data))
    .catch((e: unknown) => {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'internal';
      post({ type: 'error', code, message: describe(e) });
    });
};
