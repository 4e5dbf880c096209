import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Executor } from '../db/client.js';
import { encounters, patients } from '../db/schema/index.js';
import { findActiveGrant } from '../security/break-glass.service.js';
import { currentRequest } from '../security/request-context.js';

export type EncounterRow = typeof encounters.$inferSelect;
export type PatientRow = typeof patients.$inferSelect;

/**
 * Loads an encounter the user may see. A clinician sees only their own encounters — or, read-only,
 * one an admin granted them break-glass access to (each such use audited with severity high); anyone
 * else's answers 404, not 403, so encounter ids cannot be probed. Staff see every encounter.
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
  if (row && user.role === 'clinician' && !ownsIt) {
    await admitViaBreakGlass(db, user, row, access);
    return row;
  }
  const mayRead = user.role === 'staff' || ownsIt;
  if (!row || !mayRead) throw new AppError('not_found', 'No such encounter');
  if (access === 'owner' && !ownsIt)
    throw new AppError('forbidden', 'Only the encounter’s clinician can do this');
  return row;
}

/** Lets a clinician through on an unexpired break-glass grant, for reading only, and audits the use. */
async function admitViaBreakGlass(
  db: Executor,
  user: AuthUser,
  row: { encounter: EncounterRow; patient: PatientRow },
  access: 'read' | 'owner',
): Promise<void> {
  const scope = currentRequest();
  const now = scope?.clock() ?? new Date();
  const grant = await findActiveGrant(db, user.id, row.encounter.id, now);
  if (!grant) throw new AppError('not_found', 'No such encounter');
  // Emergency access reads; it never signs, edits or drafts (those are owner actions or non-GETs).
  if (access === 'owner' || (scope && scope.method !== 'GET' && scope.method !== 'HEAD'))
    throw new AppError('forbidden', 'Break-glass access is read-only');
  await recordAudit(db, {
    at: now,
    actorId: user.id,
    actorRole: user.role,
    action: 'breakglass.use',
    entityType: 'encounter',
    entityId: row.encounter.id,
    patientId: row.patient.id,
    outcome: 'success',
    requestId: scope?.requestId ?? null,
    severity: 'high',
  });
}

export const toEncounterDto = (e: EncounterRow, p: PatientRow) => ({
  id: e.id,
  clinicianId: e.clinicianId,
  patient: { id: p.id, mrn: p.mrn, displayName: p.displayName },
  status: e.status,
  consentAttestedBy: e.consentAttestedBy,
  consentAttestedAt: e.consentAttestedAt.toISOString(),
  consentMethod: e.consentMethod,
  audioSources: e.audioSources ?? null,
  startedAt: e.startedAt.toISOString(),
  endedAt: e.endedAt?.toISOString() ?? null,
});
