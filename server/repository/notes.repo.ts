import { and, desc, eq, notExists, type SQL, sql } from 'drizzle-orm';
import type { Note, ReviewQueueItem } from '../../shared/api/notes.responses.js';
import { AppError } from '../../shared/errors.js';
import type { DraftOutput } from '../app-env.js';
import { builtQuery } from '../db/built-query.js';
import { ehrInserts, encounters, notes, noteVersions, patients } from '../db/schema/index.js';
import {
  createNote,
  draftNoteOf,
  noteCodesColumn,
  replaceSuggestions,
  saveVersion,
  toCodeRows,
} from '../notes/notes.service.js';
import type { TemplateVersionRow } from '../templates/templates.service.js';
import { encounterFor, type NoteRow } from './access.js';
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

/** The latest note of an encounter as storing a draft needs it: its current version's kind and its codes. */
interface LatestNote {
  id: string;
  status: NoteRow['status'];
  currentVersion: number;
  currentKind: string | null;
  codes: Parameters<typeof toCodeRows>[0];
}

/**
 * The encounter a draft is stored in, with its patient (the access check), and its latest note with
 * that note's codes: one round trip for everything storing a draft reads (built once).
 */
const draftTargetQuery = builtQuery(
  (db) =>
    db
      .select({
        encounter: encounters,
        patient: patients,
        latest: sql<LatestNote | null>`(select json_build_object('id', n.id, 'status', n.status,
            'currentVersion', n.current_version, 'currentKind', v.kind, 'codes', ${noteCodesColumn(sql`n.id`)})
          from ${notes} n left join ${noteVersions} v on v.note_id = n.id and v.version = n.current_version
          where n.encounter_id = ${encounters.id} order by n.created_at desc limit 1)`,
      })
      .from(encounters)
      .innerJoin(patients, eq(patients.id, encounters.patientId))
      .where(eq(encounters.id, sql.placeholder('encounterId')))
      .limit(1),
  'scribe_draft_target',
);

/**
 * Stores a fresh draft in an encounter the user may write (checked here, after drafting): a new
 * note when the encounter has none or only a signed one, else a new version of the latest draft (a
 * person's edits stay in the version history, with a warning).
 */
export async function storeDraft(
  w: Work,
  encounterId: string,
  template: TemplateVersionRow,
  out: DraftOutput,
): Promise<{ note: Note; engine: DraftOutput['engine']; warnings: string[] }> {
  w.requireRole('clinician', 'staff');
  const [target] = await draftTargetQuery(w.tx, { encounterId });
  if (!target) throw new AppError('not_found', 'No such encounter');
  await encounterFor(w, encounterId, 'write', target);
  const latest = target.latest;
  const warnings = [...out.warnings];
  let stored: NoteRow;
  let codes: ReturnType<typeof toCodeRows> | undefined;
  if (!latest || latest.status === 'signed') {
    stored = await createNote(w.tx, {
      encounterId,
      templateVersionId: template.id,
      content: out.content,
      authorId: w.user.id,
      kind: 'drafted',
      now: w.now,
    });
    codes = [];
  } else {
    stored = await saveDraftedVersion(w, latest, latest.currentKind, out, latest.currentVersion, warnings);
    codes = toCodeRows(latest.codes);
  }
  // Answered from what was just written (or kept), not read back.
  const answered = await replaceSuggestions(w.tx, stored.id, out.codes, codes);
  return { note: draftNoteOf(stored, out.content, answered), engine: out.engine, warnings };
}

/**
 * Saves a draft as the next version of `note`, whose current version is of `currentKind`: a person's
 * edits in that version are never silently replaced (they stay in the history and a warning says so).
 */
export async function saveDraftedVersion(
  w: Work,
  note: Pick<NoteRow, 'id' | 'status' | 'currentVersion'>,
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

/**
 * The kind of a note's current version (drafted, edited, …) and the note's codes (as
 * `replaceSuggestions` takes them), in one statement.
 */
// The note id is a parameter: drizzle writes a column of the one table selected from without its
// table, which inside the codes' subquery would name the code's own note_id.
export async function currentKindAndCodes(
  w: Work,
  note: { id: string; currentVersion: number },
): Promise<{ kind: string | undefined; codes: ReturnType<typeof toCodeRows> }> {
  const [current] = await w.tx
    .select({ kind: noteVersions.kind, codes: noteCodesColumn(sql`${note.id}::uuid`) })
    .from(noteVersions)
    .where(and(eq(noteVersions.noteId, note.id), eq(noteVersions.version, note.currentVersion)));
  return { kind: current?.kind, codes: current ? toCodeRows(current.codes) : [] };
}
