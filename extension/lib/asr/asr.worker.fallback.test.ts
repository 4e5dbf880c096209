import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors.js';

// The worker's surroundings: ONNX Runtime's settings object, the engine loader and the model
// reader are stand-ins; `self` is the worker global the module talks to.
vi.mock('onnxruntime-web', () => ({ env: { wasm: {}, webgpu: {} } }));
vi.mock('../../../shared/asr/decoder/whisper-engine.js', () => ({ WhisperEngine: { load: vi.fn() } }));
vi.mock('./model-cache.js', () => ({ cachedModelReader: () => async () => new Uint8Array() }));

const { WhisperEngine } = await import('../../../shared/asr/decoder/whisper-engine.js');
const load = vi.mocked(WhisperEngine.load);

const posted: Array<{ type: string; [k: string]: unknown }> = [];
const hardwareAdapter = { info: { vendor: 'nvidia', architecture: 'ampere' } };
const worker = {
  postMessage: (m: { type: string }) => posted.push(m),
  onmessage: null as ((e: { data: unknown }) => void) | null,
  navigator: { gpu: { requestAdapter: async () => hardwareAdapter } },
};

beforeAll(async () => {
  (globalThis as { self?: unknown }).self = worker;
  await import('./asr.worker.js');
});
beforeEach(() => {
  posted.length = 0;
  load.mockReset();
});

const fakeEngine = { transcribe: async () => ({}), release: async () => {} } as never;
/** Sends a load request and waits for the worker's answer. */
async function loadModel() {
  worker.onmessage!({
    data: {
      type: 'load',
      modelBaseUrl: 'https://huggingface.co/org/model/resolve/main',
      wasmPaths: 'http://127.0.0.1/ort/',
      backend: 'auto',
    },
  });
  await vi.waitFor(() => expect(posted.find((m) => m.type === 'ready' || m.type === 'error')).toBeDefined());
  return posted.find((m) => m.type === 'ready' || m.type === 'error')!;
}

describe('ASR worker: WebGPU → WASM fallback', () => {
  it('falls back to WASM when the WebGPU session cannot start, and says so', async () => {
    load
      .mockRejectedValueOnce(new AppError('invalid_model', 'ONNX Runtime could not load encoder'))
      .mockResolvedValueOnce(fakeEngine);
    expect(await loadModel()).toMatchObject({ type: 'ready', backend: 'wasm', fellBack: true });
    expect(load.mock.calls.map(([o]) => o.sessionOptions?.executionProviders)).toEqual([
      ['webgpu'],
      ['wasm'],
    ]);
  });

  // WASM needs the same files: retrying there blames the graphics card for the network, runs the
  // whole recording on the slower backend when the retry gets through, and doubles the wait when
  // the network is dead.
  it('reports a model download failure as such, without blaming WebGPU or trying WASM', async () => {
    load
      .mockRejectedValueOnce(
        new AppError('network_unavailable', 'The model could not be downloaded from huggingface.co'),
      )
      .mockResolvedValueOnce(fakeEngine);
    expect(await loadModel()).toMatchObject({ type: 'error', code: 'network_unavailable' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not retry a missing model file on WASM either', async () => {
    load
      .mockRejectedValueOnce(new AppError('model_not_found', 'model file missing on huggingface.co (404)'))
      .mockResolvedValueOnce(fakeEngine);
    expect(await loadModel()).toMatchObject({ type: 'error', code: 'model_not_found' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
