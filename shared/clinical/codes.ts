import { z } from 'zod';
import { evidenceSchema } from './evidence.js';

export const codeStatusSchema = z.enum(['suggested', 'accepted', 'rejected']);
export type CodeStatus = z.infer<typeof codeStatusSchema>;

/**
 * A code suggested for a note, with the transcript words that support it. Codes have no dots (E119).
 * `score` is the engine's calibrated confidence (0–1) that a coder would assign the code.
 */
export const codeSuggestionSchema = z.object({
  system: z.literal('ICD-10-CM'),
  code: z.string().regex(/^[A-Z][0-9A-Z][0-9A-Z]{1,5}$/),
  display: z.string().max(500),
  rationale: z.string().max(500),
  score: z.number(),
  evidence: z.array(evidenceSchema).max(50),
  /** The words said that support the code (mention phrases), shown beside the confidence. */
  evidenceWords: z.array(z.string().max(120)).max(10).optional(),
});
export type CodeSuggestion = z.infer<typeof codeSuggestionSchema>;

/**
 * Suggestions at or above this confidence are shown first (the engine's confidence is a calibrated
 * probability, so about half or more of these are codes a coder assigns); the rest wait behind "show more".
 */
export const CONFIDENT_CODE_SCORE = 0.5;
