import type { GpuNavigator } from '../../../shared/asr/runtime/select-backend.js';

interface AdapterInfoLike {
  isFallbackAdapter?: boolean;
  architecture?: string;
}

/**
 * A view of `navigator` whose WebGPU offers only hardware adapters. Software adapters (SwiftShader,
 * reported as fallback adapters) run Whisper far slower than WASM: measured > 10× real time for
 * the test model under headless Chromium, against 0.3× on WASM.
 */
export function hardwareGpuOnly(nav: GpuNavigator | undefined): GpuNavigator | undefined {
  const gpu = nav?.gpu;
  if (!gpu) return nav;
  return {
    gpu: {
      async requestAdapter() {
        const adapter = (await gpu.requestAdapter()) as {
          info?: AdapterInfoLike;
          isFallbackAdapter?: boolean;
        } | null;
        if (!adapter) return null;
        const info = adapter.info ?? {};
        const software =
          info.isFallbackAdapter === true ||
          adapter.isFallbackAdapter === true ||
          /swiftshader/i.test(info.architecture ?? '');
        return software ? null : adapter;
      },
    },
  };
}
