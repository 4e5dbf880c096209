import { z } from 'zod';
import { codeStatusSchema } from '../clinical/codes.js';
import { evidenceSchema } from '../clinical/evidence.js';
import { noteContentSchema } from '../clinical/note.js';
import { boundedText } from './bounded.js';

export const createNoteRequestSchema = z.object({
  templateId: z.string().uuid().optional(),
  templateKey: boundedText(64, { min: 1 }).optional(),
});

export const updateNoteRequestSchema = z.object({ content: noteContentSchema });
export type UpdateNoteRequest = z.infer<typeof updateNoteRequestSchema>;

export const addendumRequestSchema = z.object({ text: boundedText(20_000, { trim: true, min: 1 }) });

export const draftRequestSchema = z.object({
  templateId: z.string().uuid().optional(),
  templateKey: boundedText(64, { min: 1 }).optional(),
  mode: z.enum(['auto', 'offline', 'llm']).default('auto'),
});
export type DraftRequest = z.infer<typeof draftRequestSchema>;

export const noteCodeSchema = z.object({
  id: z.string().uuid(),
  system: z.string(),
  code: z.string(),
  display: z.string(),
  rationale: z.string(),
  score: z.number(),
  status: codeStatusSchema,
  evidence: z.array(evidenceSchema),
});
export type NoteCode = z.infer<typeof noteCodeSchema>;

export const codeDecisionRequestSchema = z.object({ status: z.enum(['accepted', 'rejected', 'suggested']) });

export const noteSchema = z.object({
  id: z.string().uuid(),
  encounterId: z.string().uuid(),
  templateVersionId: z.string().uuid(),
  status: z.enum(['draft', 'signed']),
  version: z.number().int(),
  content: noteContentSchema,
  signedAt: z.string().nullable(),
  signedBy: z.string().uuid().nullable(),
  contentHash: z.string().nullable(),
  /** false when the stored hash of a signed note no longer matches its content. */
  integrity: z.enum(['unsigned', 'valid', 'broken']),
  codes: z.array(noteCodeSchema),
  addenda: z.array(
    z.object({ id: z.string().uuid(), authorId: z.string().uuid(), text: z.string(), createdAt: z.string() }),
  ),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;
