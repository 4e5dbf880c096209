import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { CreateEncounterRequest } from '../../shared/api/encounters.js';
import type { Encounter } from '../../shared/api/encounters.responses.js';
import { AppError } from '../../shared/errors.js';
import { encounters, notes, patients } from '../db/schema/index.js';
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

export async function insertEncounter(w: Work, body: CreateEncounterRequest): Promise<Encounter> {
  const consentAt = body.consent.attestedAt ? new Date(body.consent.attestedAt) : w.now;
  if (consentAt.getTime() > w.now.getTime() + 60_000)
    throw new AppError('validation_failed', 'Consent cannot be attested in the future');
  const patient = await findOrCreatePatient(w, body.patient);
  w.patientId = patient.id;
  const [encounter] = await w.tx
    .insert(encounters)
    .values({
      clinicianId: w.user.id,
      patientId: patient.id,
      consentAttestedBy: w.user.id,
      consentAttestedAt: consentAt,
      consentMethod: body.consent.method,
      // Stored in a fixed order so equal choices compare equal.
      audioSources: body.audioSources
        ? (['microphone', 'tab'] as const).filter((x) => body.audioSources!.includes(x))
        : null,
      startedAt: w.now,
    })
    .returning();
  return toEncounterDto(encounter!, patient);
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

/** Completed, or holding a signed note: the transcript is what was reviewed and may not grow. */
export async function isClosedForSegments(w: Work, encounter: EncounterRow): Promise<boolean> {
  if (encounter.status === 'completed') return true;
  const [signed] = await w.tx
    .select({ id: notes.id })
    .from(notes)
    .where(and(eq(notes.encounterId, encounter.id), eq(notes.status, 'signed')))
    .limit(1);
  return signed !== undefined;
}
