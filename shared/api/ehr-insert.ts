import { z } from 'zod';

/** How the note's text goes into the EHR field: replace it, add below it, or at the caret. */
export const ehrInsertModeSchema = z.enum(['replace', 'append', 'cursor']);
export type EhrInsertMode = z.infer<typeof ehrInsertModeSchema>;

/** What the chart page showed as its patient identifier; null when nothing could be read. */
const chartMrnSchema = z.string().trim().min(1).max(64).nullable();

export const ehrTextQuerySchema = z.object({
  /** `accepted`: print the accepted codes below the note (an EHR site setting). */
  codes: z.enum(['accepted', 'none']).default('none'),
});

/** The text to insert and the identity it belongs to, for the side panel's preview and patient check. */
export const ehrTextSchema = z.object({
  text: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'signed']),
  patient: z.object({ mrn: z.string(), displayName: z.string().nullable() }),
  visitDate: z.string(),
});
export type EhrText = z.infer<typeof ehrTextSchema>;

export const ehrInsertOverrideRequestSchema = z.object({
  chartMrn: chartMrnSchema,
  reason: z
    .string()
    .trim()
    .min(10, 'Say in a few words why this chart is the right one (at least 10 characters)')
    .max(500),
});

export const ehrInsertOverrideSchema = z.object({ id: z.string().uuid(), createdAt: z.string() });

export const ehrInsertRequestSchema = z.object({
  /** The note version whose text was inserted. */
  version: z.number().int().min(1).max(1_000_000),
  mode: ehrInsertModeSchema,
  chartMrn: chartMrnSchema,
  /** Required when chartMrn is not the note's patient's MRN. */
  overrideId: z.string().uuid().nullable(),
});

export const ehrInsertSchema = z.object({
  id: z.string().uuid(),
  mode: ehrInsertModeSchema,
  overridden: z.boolean(),
  createdAt: z.string(),
});

/**
 * MRNs compare ignoring case and surrounding space only ("e2e-000123 " is "E2E-000123"); dropping
 * punctuation could make two patients' numbers equal ("12-345" and "123-45").
 */
export const sameMrn = (a: string | null | undefined, b: string | null | undefined) =>
  !!a?.trim() && !!b?.trim() && a.trim().toUpperCase() === b.trim().toUpperCase();
