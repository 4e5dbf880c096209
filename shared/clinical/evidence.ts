import { z } from 'zod';
import { int4 } from '../api/bounded.js';

/** A character range [start, end) inside the text of transcript segment `seq`. */
export const evidenceSchema = z.object({
  seq: int4().min(0),
  start: int4().min(0),
  end: int4().min(0),
});
export type Evidence = z.infer<typeof evidenceSchema>;
