import { z } from 'zod';

/** Response shapes of the API live in shared/api/*.responses.ts; these names stay for the UI. */
export type { AuditLogEvent } from '../../../shared/api/audit.responses.js';
export type { ReviewQueueItem, VersionSummary } from '../../../shared/api/notes.responses.js';

/** The model catalog (served as a file, not by an API route). */
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
