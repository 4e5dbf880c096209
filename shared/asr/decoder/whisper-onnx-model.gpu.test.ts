import { describe, expect, it } from 'vitest';
import type { OrtModule, OrtTensor, SessionOptions } from '../runtime/ort-types.js';
import { stubOnnxFiles, tinyWhisperConfig } from './test-support/tiny-model-stubs.js';
import { WhisperOnnxModel } from './whisper-onnx-model.js';

const config = tinyWhisperConfig;

/** A tensor as ONNX Runtime returns it: on the GPU when the session asked for that, with dispose(). */
class FakeTensor {
  disposed = false;
  constructor(
    readonly type: string,
    readonly data: unknown,
    readonly dims: readonly number[],
    readonly location: 'cpu' | 'gpu-buffer' = 'cpu',
  ) {}
  dispose() {
    this.disposed = true;
  }
}

const presents = [
  'present.0.decoder.key',
  'present.0.decoder.value',
  'present.0.encoder.key',
  'present.0.encoder.value',
];

function fakeOrt() {
  const created: SessionOptions[] = [];
  const ort = {
    Tensor: FakeTensor,
    InferenceSession: {
      async create(_bytes: Uint8Array, options: SessionOptions) {
        created.push(options);
        const where = (name: string) =>
          typeof options.preferredOutputLocation === 'object'
            ? (options.preferredOutputLocation[name] ?? 'cpu')
            : 'cpu';
        return {
          inputNames: [
            'input_ids',
            'encoder_hidden_states',
            'use_cache_branch',
            ...presents.map((n) => n.replace('present.', 'past_key_values.')),
          ],
          outputNames: ['logits', ...presents],
          async run(_feeds: unknown, fetches: string[]) {
            const out: Record<string, FakeTensor> = {};
            for (const name of fetches)
              out[name] =
                name === 'logits'
                  ? new FakeTensor('float32', new Float32Array(4), [1, 1, 4])
                  : new FakeTensor('float32', null, [1, 1, 1, 4], where(name) as 'gpu-buffer');
            return out;
          },
          async release() {},
        };
      },
    },
  } as unknown as OrtModule;
  return { ort, created };
}

const files = stubOnnxFiles('merged');

describe('WhisperOnnxModel on WebGPU keeps the KV cache on the GPU and frees what it replaces', () => {
  it('asks for present.* on the GPU only for WebGPU decoder sessions', async () => {
    const gpu = fakeOrt();
    await WhisperOnnxModel.create(gpu.ort, config, files, { executionProviders: ['webgpu'] });
    expect(gpu.created[0]!.preferredOutputLocation).toBeUndefined(); // encoder
    expect(gpu.created[1]!.preferredOutputLocation).toMatchObject({ 'present.0.decoder.key': 'gpu-buffer' });
    const cpu = fakeOrt();
    await WhisperOnnxModel.create(cpu.ort, config, files, { executionProviders: ['wasm'] });
    expect(cpu.created.every((o) => o.preferredOutputLocation === undefined)).toBe(true);
  });

  it('disposes the consumed self-attention K/V each step, keeps the cross-attention K/V, frees all at the end', async () => {
    const { ort } = fakeOrt();
    const model = await WhisperOnnxModel.create(ort, config, files, { executionProviders: ['webgpu'] });
    const hidden = new FakeTensor('float32', new Float32Array(4), [1, 1, 4]) as unknown as OrtTensor;
    const first = await model.decode([1, 2], hidden, null);
    const step1 = new Map(first.cache);
    const second = await model.decode([3], hidden, first.cache);
    const self0 = step1.get('past_key_values.0.decoder.key') as unknown as FakeTensor;
    const cross = step1.get('past_key_values.0.encoder.key') as unknown as FakeTensor;
    expect(self0.disposed).toBe(true);
    expect(cross.disposed).toBe(false);
    expect(second.cache.get('past_key_values.0.encoder.key')).toBe(cross);
    model.disposeCache(second.cache);
    expect(cross.disposed).toBe(true);
    expect((second.cache.get('past_key_values.0.decoder.key') as unknown as FakeTensor).disposed).toBe(true);
  });
});
