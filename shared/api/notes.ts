import { z } from 'zod';
import { noteContentSchema } from '../clinical/note.js';

export const createNoteRequestSchema = z.object({
  templateId: z.string().uuid().optional(),
  templateKey: z.string().min(1).max(64).optional(),
});

export const updateNoteRequestSchema = z.object({ content: noteContentSchema });
export type UpdateNoteRequest = z.infer<typeof updateNoteRequestSchema>;

export const addendumRequestSchema = z.object({ text: z.string().trim().min(1).max(20_000) });

export const draftRequestSchema = z.object({
  templateId: z.string().uuid().optional(),
  templateKey: z.string().min(1).max(64).optional(),
  mode: z.enum(['auto', 'offline', 'llm']).default('auto'),
});
export type DraftRequest = z.infer<typeof draftRequestSchema>;

export const codeDecisionRequestSchema = z.object({ status: z.enum(['accepted', 'rejected', 'suggested']) });
