import { describe, expect, it } from 'vitest';
import type { OrtModule, SessionOptions } from '../runtime/ort-types.js';
import { stubOnnxFiles, tinyWhisperConfig } from './test-support/tiny-model-stubs.js';
import { WhisperOnnxModel } from './whisper-onnx-model.js';

const config = tinyWhisperConfig;

/** ONNX Runtime whose `failAt`-th session (1-based) cannot be created; counts releases. */
function failingOrt(failAt: number) {
  let created = 0;
  const released: number[] = [];
  const ort = {
    InferenceSession: {
      async create(_bytes: Uint8Array, _options: SessionOptions) {
        const n = ++created;
        if (n === failAt) throw new Error('WebGPU: unsupported operator');
        return {
          inputNames: [],
          outputNames: [],
          run: async () => ({}),
          release: async () => {
            released.push(n);
          },
        };
      },
    },
  } as unknown as OrtModule;
  return { ort, released };
}

const merged = stubOnnxFiles('merged');
const pair = stubOnnxFiles('pair');

describe('WhisperOnnxModel.create when a later session cannot be created', () => {
  // The worker then falls back to WASM: sessions already opened on WebGPU must not keep their
  // GPU buffers (the encoder's weights) for the life of the worker.
  it('releases the encoder when the merged decoder fails', async () => {
    const { ort, released } = failingOrt(2);
    await expect(
      WhisperOnnxModel.create(ort, config, merged, { executionProviders: ['webgpu'] }),
    ).rejects.toMatchObject({ code: 'invalid_model' });
    expect(released).toEqual([1]);
  });

  it('releases the encoder and the first decoder when the decoder with past fails', async () => {
    const { ort, released } = failingOrt(3);
    await expect(
      WhisperOnnxModel.create(ort, config, pair, { executionProviders: ['webgpu'] }),
    ).rejects.toMatchObject({ code: 'invalid_model' });
    expect(released.sort()).toEqual([1, 2]);
  });

  it('releases nothing when the encoder itself fails', async () => {
    const { ort, released } = failingOrt(1);
    await expect(WhisperOnnxModel.create(ort, config, pair)).rejects.toMatchObject({ code: 'invalid_model' });
    expect(released).toEqual([]);
  });
});
