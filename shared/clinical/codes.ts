import { z } from 'zod';
import { evidenceSchema } from './evidence.js';

export const codeStatusSchema = z.enum(['suggested', 'accepted', 'rejected']);
export type CodeStatus = z.infer<typeof codeStatusSchema>;

/** A code suggested for a note, with the transcript words that support it. Codes have no dots (E119). */
export const codeSuggestionSchema = z.object({
  system: z.literal('ICD-10-CM'),
  code: z.string().regex(/^[A-Z][0-9A-Z][0-9A-Z]{1,5}$/),
  display: z.string().max(500),
  rationale: z.string().max(500),
  score: z.number(),
  evidence: z.array(evidenceSchema).max(50),
});
export type CodeSuggestion = z.infer<typeof codeSuggestionSchema>;
