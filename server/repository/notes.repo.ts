import { and, desc, eq, notExists, type SQL } from 'drizzle-orm';
import type { Note, ReviewQueueItem } from '../../shared/api/notes.responses.js';
import type { DraftOutput } from '../app-env.js';
import { ehrInserts, encounters, notes, noteVersions, patients } from '../db/schema/index.js';
import { createNote, draftNoteOf, replaceSuggestions, saveVersion } from '../notes/notes.service.js';
import type { TemplateVersionRow } from '../templates/templates.service.js';
import { toPatientDto } from './patients.repo.js';
import type { Work } from './unit-of-work.js';

/** Drafts awaiting review (or signed notes): a clinician's own, every one for staff. */
export async function reviewQueue(
  w: Work,
  q: { status: 'draft' | 'signed'; notInserted: boolean; limit: number },
): Promise<ReviewQueueItem[]> {
  const where: SQL[] = [eq(notes.status, q.status)];
  if (w.user.role === 'clinician') where.push(eq(encounters.clinicianId, w.user.id));
  if (q.notInserted) {
    // A draft inserted earlier does not count: the chart then holds unsigned text.
    const signedInsert = w.tx
      .select({ id: ehrInserts.id })
      .from(ehrInserts)
      .where(and(eq(ehrInserts.noteId, notes.id), eq(ehrInserts.signed, true)));
    where.push(notExists(signedInsert));
  }
  const rows = await w.tx
    .select({ note: notes, encounter: encounters, patient: patients })
    .from(notes)
    .innerJoin(encounters, eq(encounters.id, notes.encounterId))
    .innerJoin(patients, eq(patients.id, encounters.patientId))
    .where(and(...where))
    .orderBy(desc(notes.updatedAt))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.note.id,
    encounterId: r.encounter.id,
    status: r.note.status,
    version: r.note.currentVersion,
    updatedAt: r.note.updatedAt.toISOString(),
    visitDate: r.encounter.startedAt.toISOString(),
    signedAt: r.note.signedAt?.toISOString() ?? null,
    clinicianId: r.encounter.clinicianId,
    patient: toPatientDto(r.patient),
  }));
}

export async function notesOfEncounter(w: Work, encounterId: string) {
  const rows = await w.tx
    .select()
    .from(notes)
    .where(eq(notes.encounterId, encounterId))
    .orderBy(desc(notes.createdAt));
  return rows.map((n) => ({
    id: n.id,
    status: n.status,
    version: n.currentVersion,
    updatedAt: n.updatedAt.toISOString(),
  }));
}

/**
 * Stores a fresh draft: a new note when the encounter has none or only a signed one, else a new
 * version of the latest draft (a person's edits stay in the version history, with a warning).
 */
export async function storeDraft(
  w: Work,
  encounterId: string,
  template: TemplateVersionRow,
  out: DraftOutput,
): Promise<{ note: Note; engine: DraftOutput['engine']; warnings: string[] }> {
  // The latest note with the kind of its current version, in one round trip.
  const [found] = await w.tx
    .select({ note: notes, currentKind: noteVersions.kind })
    .from(notes)
    .leftJoin(
      noteVersions,
      and(eq(noteVersions.noteId, notes.id), eq(noteVersions.version, notes.currentVersion)),
    )
    .where(eq(notes.encounterId, encounterId))
    .orderBy(desc(notes.createdAt))
    .limit(1);
  const latest = found?.note;
  const warnings = [...out.warnings];
  let stored: typeof notes.$inferSelect;
  if (!latest || latest.status === 'signed') {
    stored = await createNote(w.tx, {
      encounterId,
      templateVersionId: template.id,
      content: out.content,
      authorId: w.user.id,
      kind: 'drafted',
      now: w.now,
    });
  } else {
    stored = await saveDraftedVersion(w, latest, found.currentKind, out, latest.currentVersion, warnings);
  }
  // Answered from what was just written, not read back.
  const codes = await replaceSuggestions(w.tx, stored.id, out.codes);
  return { note: draftNoteOf(stored, out.content, codes), engine: out.engine, warnings };
}

/**
 * Saves a draft as the next version of `note`, whose current version is of `currentKind`: a person's
 * edits in that version are never silently replaced (they stay in the history and a warning says so).
 */
export async function saveDraftedVersion(
  w: Work,
  note: typeof notes.$inferSelect,
  currentKind: string | null | undefined,
  out: DraftOutput,
  expectedVersion: number,
  warnings: string[],
): Promise<typeof notes.$inferSelect> {
  if (currentKind === 'edited')
    warnings.push(`Version ${note.currentVersion} had edits by a person; it is kept in the version history`);
  return saveVersion(w.tx, note, {
    expectedVersion,
    content: out.content,
    authorId: w.user.id,
    kind: 'drafted',
    now: w.now,
  });
}

/** The kind of a note's current version (drafted, edited, …). */
export async function currentVersionKind(
  w: Work,
  note: { id: string; currentVersion: number },
): Promise<string | undefined> {
  const [current] = await w.tx
    .select({ kind: noteVersions.kind })
    .from(noteVersions)
    .where(and(eq(noteVersions.noteId, note.id), eq(noteVersions.version, note.currentVersion)));
  return current?.kind;
}
