import { eq } from 'drizzle-orm';
import type { DraftResponse } from '../../shared/api/notes.responses.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import { AppError } from '../../shared/errors.js';
import type { DraftInput, DraftOutput } from '../app-env.js';
import { templateVersions } from '../db/schema/index.js';
import { draftNoteOf, replaceSuggestions } from '../notes/notes.service.js';
import type { NoteRow, PatientRow } from './access.js';
import { currentKindAndCodes, saveDraftedVersion } from './notes.repo.js';
import type { Work } from './unit-of-work.js';

/**
 * A re-draft must start from the version the clinician is looking at (If-Match) and a draft note:
 * checked before drafting so a stale or signed note costs no drafting work.
 */
export function assertRedraftable(note: NoteRow, expectedVersion: number): void {
  if (note.status === 'signed')
    throw new AppError('note_signed', 'This note is signed; add an addendum instead of re-drafting');
  if (note.currentVersion !== expectedVersion)
    throw new AppError(
      'precondition_failed',
      'The note changed since you opened it; reload to see the newer version',
      { details: { currentVersion: note.currentVersion } },
    );
}

/** The template version the note was drafted with: a re-draft keeps the sections being reviewed. */
export async function noteTemplateBody(w: Work, note: NoteRow): Promise<TemplateBody> {
  const [row] = await w.tx
    .select({ body: templateVersions.body })
    .from(templateVersions)
    .where(eq(templateVersions.id, note.templateVersionId))
    .limit(1);
  if (!row) throw new AppError('not_found', 'The note’s template version no longer exists');
  return row.body;
}

/**
 * Stores a re-draft as the note's next version (412 if the note moved on while drafting). A person's
 * edits in the replaced version stay in the version history, and the answer says so.
 */
export async function storeRedraft(
  w: Work,
  note: NoteRow,
  out: DraftOutput,
  expectedVersion: number,
): Promise<DraftResponse> {
  const warnings = [...out.warnings];
  const current = await currentKindAndCodes(w, note);
  const updated = await saveDraftedVersion(w, note, current.kind, out, expectedVersion, warnings);
  // Without its version row the note's codes were not read: they are replaced as they stand.
  const codes = await replaceSuggestions(
    w.tx,
    note.id,
    out.codes,
    current.kind === undefined ? undefined : current.codes,
  );
  return { note: draftNoteOf(updated, out.content, codes), engine: out.engine, warnings };
}

/** The patient as the drafter may know them: the sex recorded on the identity sets the pronoun. */
export const drafterPatient = (p: PatientRow): NonNullable<DraftInput['patient']> => ({
  displayName: p.displayName,
  mrn: p.mrn,
  ...(p.sex ? { sex: p.sex } : {}),
});
