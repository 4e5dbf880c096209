import { z } from 'zod';

/** A character range [start, end) inside the text of transcript segment `seq`. */
export const evidenceSchema = z.object({
  seq: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Evidence = z.infer<typeof evidenceSchema>;
