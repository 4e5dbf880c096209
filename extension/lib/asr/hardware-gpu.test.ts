import { describe, expect, it } from 'vitest';
import { selectBrowserBackend } from '../../../shared/asr/runtime/select-backend.js';
import { hardwareGpuOnly } from './hardware-gpu.js';

const navWith = (adapter: unknown) => ({ gpu: { requestAdapter: async () => adapter } });

describe('hardwareGpuOnly', () => {
  it('keeps hardware adapters and hides software (fallback / SwiftShader) ones', async () => {
    const hardware = { info: { vendor: 'nvidia', architecture: 'ampere', isFallbackAdapter: false } };
    expect((await selectBrowserBackend(hardwareGpuOnly(navWith(hardware)))).backend).toBe('webgpu');
    const swiftshader = { info: { vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true } };
    const choice = await selectBrowserBackend(hardwareGpuOnly(navWith(swiftshader)));
    expect(choice).toMatchObject({ backend: 'wasm', executionProviders: ['wasm'] });
    expect((await selectBrowserBackend(hardwareGpuOnly(navWith({ isFallbackAdapter: true })))).backend).toBe(
      'wasm',
    );
    expect(hardwareGpuOnly(undefined)).toBeUndefined();
  });
});
