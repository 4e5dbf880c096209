import { z } from 'zod';
import { ehrSiteSchema, speechPrecisionSchema } from '../../../shared/api/org-settings.js';
import { asrBackendPreferenceSchema } from '../asr/backend-choice.js';

/**
 * The settings' shape and defaults, free of the extension's storage API (settings.ts stores them),
 * so plain tests and pure modules can use them.
 */

export { type EhrSite, ehrSiteSchema } from '../../../shared/api/org-settings.js';

export const settingsSchema = z.object({
  serverUrl: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
  modelId: z.string().regex(/^[A-Za-z0-9._-]+$/),
  /** Where the model files come from: the Scribe server's models/ folder, or a Hugging Face hub. */
  modelSource: z.enum(['server', 'hub']),
  /** https://huggingface.co, or an organisation's mirror that serves `<repo>/resolve/main/<file>`. */
  hubUrl: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
  /** Hub repository of the model (from the catalog, or an organisation's own export). */
  modelRepo: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/name, e.g. onnx-community/whisper-base.en')
    .nullable(),
  language: z.string().regex(/^[a-z]{2,3}$/),
  /**
   * auto: WebGPU on a hardware adapter, else WASM. webgpu: WebGPU on any adapter, software ones
   * included (slow; WASM if it cannot start). wasm forces the CPU path (reproducible tokens; for
   * machines with a broken GPU driver).
   */
  asrBackend: asrBackendPreferenceSchema,
  /** Model weight precision (fp32 unless the organisation chose a smaller one). */
  precision: speechPrecisionSchema,
  templateKey: z.string().min(1).max(64),
  ehrSites: z.array(ehrSiteSchema).max(20),
  /** Version of the organisation settings last applied (0: none; the device's own choices). */
  orgSettingsVersion: z.number().int().min(0),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  serverUrl: 'http://127.0.0.1:8787',
  modelId: 'whisper-base.en',
  modelSource: 'server',
  hubUrl: 'https://huggingface.co',
  modelRepo: 'onnx-community/whisper-base.en',
  language: 'en',
  asrBackend: 'auto',
  precision: 'fp32',
  templateKey: 'soap',
  ehrSites: [],
  orgSettingsVersion: 0,
};

/** Match pattern for one EHR origin (for optional_host_permissions and content-script registration). */
export const originPattern = (origin: string) => `${new URL(origin).origin}/*`;
