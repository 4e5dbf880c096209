import { describe, expect, it } from 'vitest';
import { chooseBackend } from './backend-choice.js';
import { describeAdapter, isSoftwareAdapter } from './hardware-gpu.js';

const navWith = (adapter: unknown) => ({ gpu: { requestAdapter: async () => adapter } });
const hardware = { info: { vendor: 'nvidia', architecture: 'ampere', isFallbackAdapter: false } };
const swiftshader = { info: { vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true } };

describe('chooseBackend', () => {
  it('auto: WebGPU on a hardware adapter (handed to ONNX Runtime), WASM on a software one', async () => {
    const gpu = await chooseBackend('auto', navWith(hardware));
    expect(gpu).toMatchObject({
      choice: { backend: 'webgpu', executionProviders: ['webgpu'] },
      fellBack: false,
    });
    expect(gpu.adapter).toBe(hardware);
    const soft = await chooseBackend('auto', navWith(swiftshader));
    expect(soft).toMatchObject({ choice: { backend: 'wasm' }, adapter: null, fellBack: false });
  });

  it('webgpu: any adapter, software included, and says which one', async () => {
    const soft = await chooseBackend('webgpu', navWith(swiftshader));
    expect(soft.choice).toMatchObject({ backend: 'webgpu', executionProviders: ['webgpu'] });
    expect(soft.adapter).toBe(swiftshader);
    expect(soft.choice.reason).toBe('WebGPU chosen in settings (google swiftshader, software adapter: slow)');
    expect((await chooseBackend('webgpu', navWith(hardware))).choice.reason).toBe(
      'WebGPU chosen in settings (nvidia ampere)',
    );
  });

  it('webgpu without an adapter: WASM, flagged as a fallback with the reason', async () => {
    const none = await chooseBackend('webgpu', navWith(null));
    expect(none).toMatchObject({ choice: { backend: 'wasm', executionProviders: ['wasm'] }, fellBack: true });
    expect(none.choice.reason).toContain('no WebGPU adapter');
    const noApi = await chooseBackend('webgpu', {});
    expect(noApi.fellBack).toBe(true);
    expect(noApi.choice.reason).toContain('navigator.gpu is not available');
  });

  it('wasm: never asks for an adapter', async () => {
    let asked = false;
    const nav = {
      gpu: {
        requestAdapter: async () => {
          asked = true;
          return hardware;
        },
      },
    };
    const r = await chooseBackend('wasm', nav);
    expect(r).toMatchObject({
      choice: { backend: 'wasm', reason: 'WASM chosen in settings' },
      fellBack: false,
    });
    expect(asked).toBe(false);
  });
});

describe('adapter description', () => {
  it('flags fallback and SwiftShader adapters as software', () => {
    expect(isSoftwareAdapter(swiftshader)).toBe(true);
    expect(isSoftwareAdapter({ isFallbackAdapter: true })).toBe(true);
    expect(isSoftwareAdapter({ info: { architecture: 'SwiftShader' } })).toBe(true);
    expect(isSoftwareAdapter(hardware)).toBe(false);
    expect(describeAdapter({})).toBe('unnamed adapter');
  });
});
