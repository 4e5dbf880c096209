import type { GpuNavigator } from '../../../shared/asr/runtime/select-backend.js';

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  isFallbackAdapter?: boolean;
}
interface AdapterLike {
  info?: AdapterInfoLike;
  isFallbackAdapter?: boolean;
}

/** A software adapter: reported as a fallback adapter, or SwiftShader by name. */
export function isSoftwareAdapter(adapter: unknown): boolean {
  const a = (adapter ?? {}) as AdapterLike;
  const info = a.info ?? {};
  return (
    info.isFallbackAdapter === true ||
    a.isFallbackAdapter === true ||
    /swiftshader/i.test(info.architecture ?? '')
  );
}

/** "google swiftshader, software adapter: slow" — for the backend reason (no user data). */
export function describeAdapter(adapter: unknown): string {
  const info = ((adapter ?? {}) as AdapterLike).info ?? {};
  const name = [info.vendor, info.architecture].filter(Boolean).join(' ') || 'unnamed adapter';
  return isSoftwareAdapter(adapter) ? `${name}, software adapter: slow` : name;
}

/**
 * A view of `navigator` whose WebGPU offers only hardware adapters, for the automatic choice.
 * Software adapters (SwiftShader, reported as fallback adapters) run Whisper far slower than WASM:
 * a 3 s clip (one 30 s window: the encoder always runs all of it) takes ≈ 23 s with the test model
 * under headless Chromium on two cores, against ≈ 0.4 s on WASM. The explicit WebGPU setting still
 * accepts them.
 */
export function hardwareGpuOnly(nav: GpuNavigator | undefined): GpuNavigator | undefined {
  const gpu = nav?.gpu;
  if (!gpu) return nav;
  return {
    gpu: {
      async requestAdapter() {
        const adapter = await gpu.requestAdapter();
        return adapter && !isSoftwareAdapter(adapter) ? adapter : null;
      },
    },
  };
}
