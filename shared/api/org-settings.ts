import { z } from 'zod';
import { ehrInsertModeSchema } from './ehr-insert.js';

/** Where the EHR keeps the patient id and the note field, per EHR origin (configured by staff or pushed by an admin). */
export const ehrSiteSchema = z.object({
  origin: z
    .string()
    .url()
    // zod runs this even when .url() failed: a string that is no URL must fail, not throw.
    .refine(
      (u) => URL.canParse(u) && new URL(u).origin === u.replace(/\/$/, ''),
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

/** Model weight precisions the engine can load (see shared/asr/decoder/model-files.ts). */
export const speechPrecisionSchema = z.enum(['fp32', 'fp16', 'q8', 'q4']);

/**
 * The organisation's defaults an admin sets on the server; every extension receives them at sign-in.
 * Not PHI; each change is audited. `backendPolicy` has the device compute setting's values.
 */
export const orgSettingsSchema = z.object({
  modelId: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits and . _ - only'),
  precision: speechPrecisionSchema,
  backendPolicy: z.enum(['auto', 'webgpu', 'wasm']),
  templateKey: z.string().trim().min(1).max(64),
  ehrSites: z.array(ehrSiteSchema).max(20),
});
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

export const orgSettingsResponseSchema = z.object({
  /** null until an admin saves them: each device keeps its own settings. */
  settings: orgSettingsSchema.nullable(),
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
});
export type OrgSettingsResponse = z.infer<typeof orgSettingsResponseSchema>;

export const updateOrgSettingsRequestSchema = z.object({ settings: orgSettingsSchema });
