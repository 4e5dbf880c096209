import { z } from 'zod';
import { codeStatusSchema } from '../clinical/codes.js';
import { evidenceSchema } from '../clinical/evidence.js';
import { noteContentSchema } from '../clinical/note.js';
import { sexSchema } from './encounters.js';
import { patientSchema } from './encounters.responses.js';

export const noteCodeSchema = z.object({
  id: z.string().uuid(),
  system: z.string(),
  code: z.string(),
  display: z.string(),
  rationale: z.string(),
  score: z.number(),
  /** The decision on the note itself; for a signed note, the decision it was signed with. */
  status: codeStatusSchema,
  evidence: z.array(evidenceSchema),
});
export type NoteCode = z.infer<typeof noteCodeSchema>;

/** A code decision made after signing: audited, kept apart from (and not covered by) the signature. */
export const codeDecisionAfterSigningSchema = z.object({
  id: z.string().uuid(),
  codeId: z.string().uuid(),
  status: codeStatusSchema,
  decidedBy: z.string().uuid(),
  decidedAt: z.string(),
});
export type CodeDecisionAfterSigning = z.infer<typeof codeDecisionAfterSigningSchema>;

/** The patient identity a note was signed with (its export shows this, whatever changed since). */
export const signedIdentitySchema = z.object({
  mrn: z.string(),
  displayName: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: sexSchema.nullable(),
});

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
  signedIdentity: signedIdentitySchema.nullable(),
  /** `broken` when the stored hash of a signed note no longer matches what it covers. */
  integrity: z.enum(['unsigned', 'valid', 'broken']),
  codes: z.array(noteCodeSchema),
  codesAfterSigning: z.array(codeDecisionAfterSigningSchema),
  addenda: z.array(
    z.object({ id: z.string().uuid(), authorId: z.string().uuid(), text: z.string(), createdAt: z.string() }),
  ),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

/** A note of one encounter, as listed under it. */
export const noteSummarySchema = z.object({
  id: z.string().uuid(),
  status: z.enum(['draft', 'signed']),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const encounterNoteListSchema = z.object({ notes: z.array(noteSummarySchema) });

/** The review queue: notes awaiting review (a clinician's own; all of them for staff). */
export const reviewQueueSchema = z.object({
  notes: z.array(
    noteSummarySchema.extend({
      encounterId: z.string().uuid(),
      /** When the encounter started (the visit date the chart shows). */
      visitDate: z.string(),
      signedAt: z.string().nullable(),
      clinicianId: z.string().uuid(),
      patient: patientSchema,
    }),
  ),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueSchema>['notes'][number];

export const versionSummarySchema = z.object({
  version: z.number().int(),
  kind: z.enum(['created', 'drafted', 'edited']),
  authorId: z.string().uuid(),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export const versionListSchema = z.object({ versions: z.array(versionSummarySchema) });
export const versionDetailSchema = versionSummarySchema.extend({ content: noteContentSchema });

export const draftResponseSchema = z.object({
  note: noteSchema,
  engine: z.enum(['offline', 'llm']),
  warnings: z.array(z.string()),
});
export type DraftResponse = z.infer<typeof draftResponseSchema>;
