import { z } from 'zod';
import { noteContentSchema } from '../../../shared/clinical/note.js';
import { transcriptSegmentSchema } from '../../../shared/clinical/transcript.js';

/** Response shapes the API has no shared schema for yet (kept beside the client that reads them). */
export const reviewQueueSchema = z.object({
  notes: z.array(
    z.object({
      id: z.string(),
      encounterId: z.string(),
      status: z.enum(['draft', 'signed']),
      version: z.number().int(),
      updatedAt: z.string(),
      /** When the encounter started (the visit date the chart shows). */
      visitDate: z.string().optional(),
      signedAt: z.string().nullable().optional(),
      clinicianId: z.string(),
      patient: z.object({ id: z.string(), mrn: z.string(), displayName: z.string().nullable() }),
    }),
  ),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueSchema>['notes'][number];

export const versionSummarySchema = z.object({
  version: z.number().int(),
  kind: z.string(),
  authorId: z.string().nullable(),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export const versionListSchema = z.object({ versions: z.array(versionSummarySchema) });
export const versionDetailSchema = versionSummarySchema.extend({ content: noteContentSchema });

export const segmentListSchema = z.object({ segments: z.array(transcriptSegmentSchema) });

export const catalogSchema = z.object({
  defaultModel: z.string().optional(),
  models: z.array(
    z.object({
      id: z.string().regex(/^[A-Za-z0-9._-]+$/),
      description: z.string(),
      multilingual: z.boolean(),
      /**
       * Hugging Face repository; null for a model only the Scribe server has (the test model). Only
       * owner/name, as the settings store it: anything else reads as none (the model then comes from
       * the server) instead of making the model impossible to choose.
       */
      repo: z
        .string()
        .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/)
        .nullable()
        .default(null)
        .catch(null),
    }),
  ),
});
export type ModelCatalog = z.infer<typeof catalogSchema>;
