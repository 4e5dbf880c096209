import { eq, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { AppError, isAppError } from '../../shared/errors.js';
import { builtQuery } from '../db/built-query.js';
import type { Executor } from '../db/client.js';
import { encounters, notes, patients } from '../db/schema/index.js';
import { notePartsOfRow, toNoteParts } from '../notes/notes.service.js';
import { findActiveGrant } from '../security/break-glass.service.js';
import type { Work } from './unit-of-work.js';

export type EncounterRow = typeof encounters.$inferSelect;
export type PatientRow = typeof patients.$inferSelect;
export type NoteRow = typeof notes.$inferSelect;

/**
 * - `read`: the encounter's clinician, staff, or a clinician on an unexpired break-glass grant;
 * - `write`: the encounter's clinician or staff (break-glass never writes);
 * - `owner`: the encounter's clinician only (sign, addenda, segments, complete).
 */
export type Access = 'read' | 'write' | 'owner';

/**
 * Loads an encounter the user may use this way. Another clinician's encounter answers 404, not 403,
 * so ids cannot be probed, unless a break-glass grant lets them read it (each use audited, severity
 * high). Admins see no patient data.
 */
export async function encounterFor(
  w: Work,
  encounterId: string,
  access: Access,
  /** The encounter and patient when the caller has just read them (a note's). */
  loaded?: { encounter: EncounterRow; patient: PatientRow },
): Promise<{ encounter: EncounterRow; patient: PatientRow }> {
  w.requireRole('clinician', 'staff');
  const [row] = loaded
    ? [loaded]
    : await w.tx
        .select({ encounter: encounters, patient: patients })
        .from(encounters)
        .innerJoin(patients, eq(patients.id, encounters.patientId))
        .where(eq(encounters.id, encounterId))
        .limit(1);
  if (!row) throw new AppError('not_found', 'No such encounter');
  w.patientId = row.patient.id;
  const ownsIt = row.encounter.clinicianId === w.user.id;
  if (ownsIt) return row;
  if (w.user.role === 'staff') {
    if (access === 'owner') throw new AppError('forbidden', 'Only the encounter’s clinician can do this');
    return row;
  }
  const grant = await findActiveGrant(w.tx, w.user.id, encounterId, w.now);
  if (!grant) throw new AppError('not_found', 'No such encounter');
  if (access !== 'read') throw new AppError('forbidden', 'Break-glass access is read-only');
  await w.record({
    action: 'breakglass.use',
    entityType: 'encounter',
    entityId: encounterId,
    patientId: row.patient.id,
    severity: 'high',
  });
  return row;
}

/** A note with its encounter and patient (and `extra` columns) in one round trip; the rules then run on them. */
const selectNote = <F extends SelectedFields>(db: Executor, extra: F) =>
  db
    .select({ note: notes, encounter: encounters, patient: patients, ...extra })
    .from(notes)
    .innerJoin(encounters, eq(encounters.id, notes.encounterId))
    .innerJoin(patients, eq(patients.id, encounters.patientId))
    .where(eq(notes.id, sql.placeholder('noteId')))
    .limit(1);

const noteWithEncounter = builtQuery((db) => selectNote(db, {}), 'scribe_note_with_encounter');
// With everything a note response shows (content, codes, addenda, decisions): a note read is then
// one statement besides its audit. The parts of a note the rules refuse are never used.
const noteWithEncounterAndParts = builtQuery(
  (db) => selectNote(db, notePartsOfRow()),
  'scribe_note_with_parts',
);

/** The access rules of `encounterFor` on a loaded note, worded for a note. */
async function noteAccess(
  w: Work,
  row: { note: NoteRow; encounter: EncounterRow; patient: PatientRow } | undefined,
  access: Access,
) {
  if (!row) throw new AppError('not_found', 'No such note');
  try {
    const { encounter, patient } = await encounterFor(w, row.note.encounterId, access, row);
    return { note: row.note, encounter, patient };
  } catch (e) {
    throw isAppError(e) && e.code === 'not_found' ? new AppError('not_found', 'No such note') : e;
  }
}

/** A note is visible exactly when its encounter is; the same rules, worded for a note. */
export async function noteFor(w: Work, noteId: string, access: Access) {
  w.requireRole('clinician', 'staff');
  const [row] = await noteWithEncounter(w.tx, { noteId });
  return noteAccess(w, row, access);
}

/** `noteFor`, with the note's parts (for `readNote`) read in the same statement. */
export async function noteWithPartsFor(w: Work, noteId: string, access: Access) {
  w.requireRole('clinician', 'staff');
  const [row] = await noteWithEncounterAndParts(w.tx, { noteId });
  const found = await noteAccess(w, row, access);
  return { ...found, parts: toNoteParts(row!) };
}
