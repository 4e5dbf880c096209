import { eq } from 'drizzle-orm';
import type { CreateEncounterRequest } from '../../shared/api/encounters.js';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { encounters, patients } from '../db/schema/index.js';
import { upsertPatient } from '../patients/patients.service.js';
import type { EncounterRow, PatientRow } from './encounter-access.js';

export interface CreatedEncounter {
  encounter: EncounterRow;
  patient: PatientRow;
  /** false when the client's id was already created by this clinician for this patient (a replay). */
  created: boolean;
}

/**
 * Creates an encounter, under the client's id when it sends one (recorded offline first). Creating
 * the same id again is harmless when it is the same clinician and patient; anything else is a
 * conflict, never someone else's encounter.
 */
export async function createEncounter(
  tx: Executor,
  user: AuthUser,
  body: CreateEncounterRequest,
  now: Date,
): Promise<CreatedEncounter> {
  const consentAt = body.consent.attestedAt ? new Date(body.consent.attestedAt) : now;
  if (consentAt.getTime() > now.getTime() + 60_000) {
    throw new AppError('validation_failed', 'Consent cannot be attested in the future');
  }
  const startedAt = body.startedAt ? new Date(body.startedAt) : now;
  if (startedAt.getTime() > now.getTime() + 60_000) {
    throw new AppError('validation_failed', 'A recording cannot start in the future');
  }
  const patient = await upsertPatient(tx, body.patient);
  const [inserted] = await tx
    .insert(encounters)
    .values({
      ...(body.id ? { id: body.id } : {}),
      clinicianId: user.id,
      patientId: patient.id,
      consentAttestedBy: user.id,
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
  if (inserted) return { encounter: inserted, patient, created: true };
  const [existing] = await tx
    .select()
    .from(encounters)
    .where(eq(encounters.id, body.id ?? ''))
    .limit(1);
  if (!existing || existing.clinicianId !== user.id || existing.patientId !== patient.id) {
    throw new AppError('conflict', 'This encounter id is already in use');
  }
  const [samePatient] = await tx.select().from(patients).where(eq(patients.id, existing.patientId));
  return { encounter: existing, patient: samePatient ?? patient, created: false };
}
