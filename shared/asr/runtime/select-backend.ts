import type { AsrBackend } from './ort-types.js';

/** The part of `navigator` that decides the backend (absent in Node and old browsers). */
export interface GpuNavigator {
  gpu?: { requestAdapter(): Promise<unknown | null> };
}

export interface BackendChoice {
  backend: Extract<AsrBackend, 'webgpu' | 'wasm'>;
  /** onnxruntime-web execution providers, preferred first. */
  executionProviders: string[];
  /** Why, for the log and the settings page (never contains user data). */
  reason: string;
}

/**
 * WebGPU when the browser hands out an adapter, otherwise WASM. WebGPU is listed alone: operators it
 * lacks still run on ONNX Runtime's CPU kernels inside the same session, while a list of
 * ['webgpu', 'wasm'] would let ONNX Runtime drop WebGPU silently (a console warning) when it cannot
 * start, and the caller would report WebGPU for a session that runs on WASM.
 */
export async function selectBrowserBackend(
  nav: GpuNavigator | undefined,
  log: (message: string) => void = () => {},
): Promise<BackendChoice> {
  let choice: BackendChoice;
  if (!nav?.gpu) {
    choice = { backend: 'wasm', executionProviders: ['wasm'], reason: 'navigator.gpu is not available' };
  } else {
    let adapter: unknown = null;
    let failure: string | undefined;
    try {
      adapter = await nav.gpu.requestAdapter();
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    choice = adapter
      ? { backend: 'webgpu', executionProviders: ['webgpu'], reason: 'WebGPU adapter available' }
      : {
          backend: 'wasm',
          executionProviders: ['wasm'],
          reason: failure
            ? `WebGPU adapter request failed: ${failure}`
            : 'no WebGPU adapter (requestAdapter returned null)',
        };
  }
  log(`asr backend: ${choice.backend} (${choice.reason})`);
  return choice;
}

/**
 * Loads with the chosen backend; when WebGPU fails at session creation (driver, missing ops,
 * memory), logs why and loads again on WASM. Returns which backend actually runs.
 */
export async function loadWithBackendFallback<T>(
  choice: BackendChoice,
  load: (executionProviders: string[]) => Promise<T>,
  log: (message: string) => void = () => {},
): Promise<{ value: T; backend: BackendChoice['backend'] }> {
  if (choice.backend === 'webgpu') {
    try {
      return { value: await load(['webgpu']), backend: 'webgpu' };
    } catch (e) {
      log(`asr backend: WebGPU session failed (${e instanceof Error ? e.message : String(e)}); using wasm`);
    }
  }
  return { value: await load(['wasm']), backend: 'wasm' };
}
