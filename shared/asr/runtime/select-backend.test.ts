import { describe, expect, it } from 'vitest';
import { type BackendChoice, loadWithBackendFallback, selectBrowserBackend } from './select-backend.js';

describe('selectBrowserBackend', () => {
  it('picks WebGPU alone (no silent WASM drop-in) when an adapter is available, and logs why', async () => {
    const logs: string[] = [];
    const choice = await selectBrowserBackend({ gpu: { requestAdapter: async () => ({}) } }, (m) =>
      logs.push(m),
    );
    expect(choice).toMatchObject({ backend: 'webgpu', executionProviders: ['webgpu'] });
    expect(logs).toEqual(['asr backend: webgpu (WebGPU adapter available)']);
  });

  it('falls back to WASM without navigator.gpu, without an adapter, or when the request throws', async () => {
    expect(await selectBrowserBackend(undefined)).toMatchObject({
      backend: 'wasm',
      reason: 'navigator.gpu is not available',
    });
    const none = await selectBrowserBackend({ gpu: { requestAdapter: async () => null } });
    expect(none).toMatchObject({ backend: 'wasm', executionProviders: ['wasm'] });
    expect(none.reason).toContain('no WebGPU adapter');
    const broken = await selectBrowserBackend({
      gpu: {
        requestAdapter: async () => {
          throw new Error('GPU process crashed');
        },
      },
    });
    expect(broken.reason).toContain('GPU process crashed');
  });
});

describe('loadWithBackendFallback', () => {
  const webgpu: BackendChoice = {
    backend: 'webgpu',
    executionProviders: ['webgpu'],
    reason: 'WebGPU adapter available',
  };

  it('reports webgpu when the WebGPU session loads', async () => {
    const tried: string[][] = [];
    const r = await loadWithBackendFallback(webgpu, async (eps) => {
      tried.push(eps);
      return 'engine';
    });
    expect(r).toEqual({ value: 'engine', backend: 'webgpu' });
    expect(tried).toEqual([['webgpu']]);
  });

  it('falls back to wasm and says why when WebGPU session creation fails', async () => {
    const logs: string[] = [];
    const r = await loadWithBackendFallback(
      webgpu,
      async (eps) => {
        if (eps.includes('webgpu')) throw new Error('unsupported op MatMulNBits');
        return 'engine';
      },
      (m) => logs.push(m),
    );
    expect(r.backend).toBe('wasm');
    expect(logs[0]).toContain('unsupported op MatMulNBits');
  });
});
