import { z } from 'zod';
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

/** Drafts a note again from its transcript (e.g. after speaker corrections), with the note's template. */
export const redraftRequestSchema = z.object({ mode: z.enum(['auto', 'offline', 'llm']).default('auto') });

export const codeDecisionRequestSchema = z.object({ status: z.enum(['accepted', 'rejected', 'suggested']) });
