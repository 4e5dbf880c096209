import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { CreateEncounterRequest } from '../../shared/api/encounters.js';
import type { Encounter } from '../../shared/api/encounters.responses.js';
import { AppError } from '../../shared/errors.js';
import { builtQuery } from '../db/built-query.js';
import { encounters, notes, patients } from '../db/schema/index.js';
import { storedCharsBesides } from '../encounters/transcript-limit.js';
import type { EncounterRow, PatientRow } from './access.js';
import { findOrCreatePatient, toPatientDto } from './patients.repo.js';
import type { Work } from './unit-of-work.js';

export const toEncounterDto = (e: EncounterRow, p: PatientRow): Encounter => ({
  id: e.id,
  clinicianId: e.clinicianId,
  patient: toPatientDto(p),
  status: e.status,
  consentAttestedBy: e.consentAttestedBy,
  consentAttestedAt: e.consentAttestedAt.toISOString(),
  consentMethod: e.consentMethod,
  audioSources: e.audioSources ?? null,
  startedAt: e.startedAt.toISOString(),
  endedAt: e.endedAt?.toISOString() ?? null,
});

/**
 * Creates the encounter, under the client's id and start time when it sends them (the extension
 * starts recording offline and creates the encounter on sync). The same id again, from the same
 * clinician for the same patient, returns that encounter (`existed`); anything else is a conflict,
 * never someone else's encounter.
 */
export async function insertEncounter(
  w: Work,
  body: CreateEncounterRequest,
): Promise<{ encounter: Encounter; existed: boolean }> {
  const consentAt = body.consent.attestedAt ? new Date(body.consent.attestedAt) : w.now;
  if (consentAt.getTime() > w.now.getTime() + 60_000)
    throw new AppError('validation_failed', 'Consent cannot be attested in the future');
  const startedAt = body.startedAt ? new Date(body.startedAt) : w.now;
  if (startedAt.getTime() > w.now.getTime() + 60_000)
    throw new AppError('validation_failed', 'A recording cannot start in the future');
  const patient = await findOrCreatePatient(w, body.patient);
  w.patientId = patient.id;
  const [encounter] = await w.tx
    .insert(encounters)
    .values({
      ...(body.id ? { id: body.id } : {}),
      clinicianId: w.user.id,
      patientId: patient.id,
      consentAttestedBy: w.user.id,
      consentAttestedAt: consentAt,
      consentMethod: body.consent.method,
      // Stored in a fixed order so equal choices compare equal.
      audioSources: body.audioSources
        ? (['microphone', 'tab'] as const).filter((x) => body.audioSources!.includes(x))
        : null,
      startedAt,
    })
    .onConflictDoNothing({ target: encounters.id })
    .returning();
  if (encounter) return { encounter: toEncounterDto(encounter, patient), existed: false };
  const [existing] = await w.tx
    .select()
    .from(encounters)
    .where(eq(encounters.id, body.id ?? ''))
    .limit(1);
  if (!existing || existing.clinicianId !== w.user.id || existing.patientId !== patient.id)
    throw new AppError('conflict', 'This encounter id is already in use');
  return { encounter: toEncounterDto(existing, patient), existed: true };
}

/** A clinician's own encounters, or every encounter for staff; newest first. */
export async function listEncounters(
  w: Work,
  q: { status?: 'in_progress' | 'completed' | undefined; limit: number },
): Promise<Encounter[]> {
  const where: SQL[] = [];
  if (w.user.role === 'clinician') where.push(eq(encounters.clinicianId, w.user.id));
  if (q.status) where.push(eq(encounters.status, q.status));
  const rows = await w.tx
    .select({ encounter: encounters, patient: patients })
    .from(encounters)
    .innerJoin(patients, eq(patients.id, encounters.patientId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(encounters.startedAt))
    .limit(q.limit);
  return rows.map((r) => toEncounterDto(r.encounter, r.patient));
}

export async function markCompleted(w: Work, encounter: EncounterRow): Promise<EncounterRow> {
  const [updated] = await w.tx
    .update(encounters)
    .set({ status: 'completed', endedAt: encounter.endedAt ?? w.now })
    .where(eq(encounters.id, encounter.id))
    .returning();
  return updated!;
}

/** A signed note covers the transcript as it was reviewed: its lines and speakers stay as they are. */
export async function hasSignedNote(w: Work, encounterId: string): Promise<boolean> {
  const [signed] = await w.tx
    .select({ id: notes.id })
    .from(notes)
    .where(and(eq(notes.encounterId, encounterId), eq(notes.status, 'signed')))
    .limit(1);
  return signed !== undefined;
}

/**
 * The encounter a segment upload targets, with its patient, whether it is closed (completed, or
 * holding a signed note: the transcript is what was reviewed and may not grow) and the transcript
 * characters it holds besides the incoming seqs: one round trip for every check of an upload.
 */
// Built once: every segment upload runs it.
const segmentTargetQuery = builtQuery(
  (db) =>
    db
      .select({
        encounter: encounters,
        patient: patients,
        hasSignedNote: sql<boolean>`exists (${db
          .select({ id: notes.id })
          .from(notes)
          .where(and(eq(notes.encounterId, encounters.id), eq(notes.status, 'signed')))})`,
        storedChars: storedCharsBesides(db, sql.placeholder('seqs')),
      })
      .from(encounters)
      .innerJoin(patients, eq(patients.id, encounters.patientId))
      .where(eq(encounters.id, sql.placeholder('encounterId')))
      .limit(1),
  'scribe_segment_target',
);

export async function segmentTarget(w: Work, encounterId: string, seqs: readonly number[]) {
  const [row] = await segmentTargetQuery(w.tx, { encounterId, seqs: [...seqs] });
  if (!row) return undefined;
  const { encounter, patient, hasSignedNote, storedChars } = row;
  return {
    loaded: { encounter, patient },
    closed: encounter.status === 'completed' || hasSignedNote,
    storedChars: Number(storedChars),
  };
}
