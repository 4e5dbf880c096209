import { z } from 'zod';
import {
  type BackendChoice,
  type GpuNavigator,
  selectBrowserBackend,
} from '../../../shared/asr/runtime/select-backend.js';
import { describeAdapter, hardwareGpuOnly } from './hardware-gpu.js';

/**
 * The compute setting: `auto` runs WebGPU on a hardware adapter only, `webgpu` on any adapter
 * (software ones such as SwiftShader included: slow, but it exercises the WebGPU path), `wasm` on the
 * processor.
 */
export const asrBackendPreferenceSchema = z.enum(['auto', 'webgpu', 'wasm']);
export type AsrBackendPreference = z.infer<typeof asrBackendPreferenceSchema>;

export interface ChosenBackend {
  choice: BackendChoice;
  /** The adapter the choice was made on, for ONNX Runtime to use (`ort.env.webgpu.adapter`). */
  adapter: unknown;
  /** WebGPU was asked for in settings but no adapter is there: WASM runs instead. */
  fellBack: boolean;
}

/** Which backend to try first for a setting, and on which adapter. */
export async function chooseBackend(
  preference: AsrBackendPreference,
  nav: GpuNavigator | undefined,
): Promise<ChosenBackend> {
  if (preference === 'wasm') {
    const choice = {
      backend: 'wasm' as const,
      executionProviders: ['wasm'],
      reason: 'WASM chosen in settings',
    };
    return { choice, adapter: null, fellBack: false };
  }
  let adapter: unknown = null;
  const gpu = nav?.gpu;
  const seen: GpuNavigator | undefined = gpu && {
    gpu: {
      async requestAdapter() {
        adapter = await gpu.requestAdapter();
        return adapter;
      },
    },
  };
  if (preference === 'auto') {
    const choice = await selectBrowserBackend(hardwareGpuOnly(seen));
    return { choice, adapter: choice.backend === 'webgpu' ? adapter : null, fellBack: false };
  }
  const choice = await selectBrowserBackend(seen);
  if (choice.backend !== 'webgpu') {
    return {
      choice: { ...choice, reason: `WebGPU chosen in settings, but ${choice.reason}; using WASM` },
      adapter: null,
      fellBack: true,
    };
  }
  return {
    choice: { ...choice, reason: `WebGPU chosen in settings (${describeAdapter(adapter)})` },
    adapter,
    fellBack: false,
  };
}
