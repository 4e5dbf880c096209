import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { encounters, patients } from '../db/schema/index.js';

export type EncounterRow = typeof encounters.$inferSelect;
export type PatientRow = typeof patients.$inferSelect;

/**
 * Loads an encounter the user may see. A clinician sees only their own encounters; anyone else's
 * answers 404, not 403, so encounter ids cannot be probed. Staff see every encounter.
 */
export async function loadEncounter(
  db: Executor,
  user: AuthUser,
  encounterId: string,
  access: 'read' | 'owner' = 'read',
): Promise<{ encounter: EncounterRow; patient: PatientRow }> {
  const [row] = await db
    .select({ encounter: encounters, patient: patients })
    .from(encounters)
    .innerJoin(patients, eq(patients.id, encounters.patientId))
    .where(eq(encounters.id, encounterId))
    .limit(1);
  const ownsIt = row?.encounter.clinicianId === user.id;
  const mayRead = user.role === 'staff' || ownsIt;
  if (!row || (user.role === 'clinician' && !ownsIt) || !mayRead)
    throw new AppError('not_found', 'No such encounter');
  if (access === 'owner' && !ownsIt)
    throw new AppError('forbidden', 'Only the encounter’s clinician can do this');
  return row;
}

export const toEncounterDto = (e: EncounterRow, p: PatientRow) => ({
  id: e.id,
  clinicianId: e.clinicianId,
  patient: { id: p.id, mrn: p.mrn, displayName: p.displayName },
  status: e.status,
  consentAttestedBy: e.consentAttestedBy,
  consentAttestedAt: e.consentAttestedAt.toISOString(),
  consentMethod: e.consentMethod,
  startedAt: e.startedAt.toISOString(),
  endedAt: e.endedAt?.toISOString() ?? null,
});
