import { describe, expect, it } from 'vitest';
import { selectBrowserBackend } from './select-backend.js';

describe('selectBrowserBackend', () => {
  it('picks WebGPU (with WASM behind it) when an adapter is available, and logs why', async () => {
    const logs: string[] = [];
    const choice = await selectBrowserBackend({ gpu: { requestAdapter: async () => ({}) } }, (m) =>
      logs.push(m),
    );
    expect(choice).toMatchObject({ backend: 'webgpu', executionProviders: ['webgpu', 'wasm'] });
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
