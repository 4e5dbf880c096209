import { z } from 'zod';
import { ehrInsertModeSchema } from '../../../shared/api/ehr-insert.js';
import { asrBackendPreferenceSchema } from '../asr/backend-choice.js';

/**
 * The settings' shape and defaults, free of the extension's storage API (settings.ts stores them),
 * so plain tests and pure modules can use them.
 */

/** Where the EHR keeps the patient id and the note field, per EHR origin (configured by staff). */
export const ehrSiteSchema = z.object({
  origin: z
    .string()
    .url()
    .refine(
      (u) => new URL(u).origin === u.replace(/\/$/, ''),
      'an origin only, e.g. https://ehr.example.org',
    ),
  label: z.string().trim().max(80).default(''),
  /** The chart's patient identifier (MRN): an insert is blocked unless it matches the note's patient. */
  patientIdSelector: z.string().trim().max(300).default(''),
  noteFieldSelector: z.string().trim().min(1).max(300),
  /** Append keeps what staff already typed in the field; replace overwrites it; cursor goes at the caret. */
  insertMode: ehrInsertModeSchema.default('append'),
  /** Print the accepted ICD-10-CM codes below the inserted note. */
  includeCodes: z.boolean().default(false),
});
export type EhrSite = z.infer<typeof ehrSiteSchema>;

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
  templateKey: z.string().min(1).max(64),
  ehrSites: z.array(ehrSiteSchema).max(20),
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
  templateKey: 'soap',
  ehrSites: [],
};

/** Match pattern for one EHR origin (for optional_host_permissions and content-script registration). */
export const originPattern = (origin: string) => `${new URL(origin).origin}/*`;
