import { and, desc, eq, gt } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Executor } from '../db/client.js';
import { breakGlassGrants, encounters, users } from '../db/schema/index.js';

export const MAX_BREAK_GLASS_MINUTES = 240;

export interface BreakGlassRequest {
  userId: string;
  encounterId: string;
  reason: string;
  minutes: number;
}

/** Grants a clinician time-limited read access to one encounter; audited with severity high. */
export async function grantBreakGlass(
  tx: Executor,
  admin: { id: string; role: string },
  req: BreakGlassRequest,
  now: Date,
  requestId: string | null,
) {
  const [target] = await tx.select().from(users).where(eq(users.id, req.userId)).limit(1);
  if (!target?.active || target.role !== 'clinician')
    throw new AppError('unprocessable', 'Break-glass access is for an active clinician');
  const [encounter] = await tx.select().from(encounters).where(eq(encounters.id, req.encounterId)).limit(1);
  if (!encounter) throw new AppError('not_found', 'No such encounter');
  if (encounter.clinicianId === req.userId)
    throw new AppError('conflict', 'This clinician already has access to the encounter');
  const expiresAt = new Date(now.getTime() + req.minutes * 60_000);
  const [grant] = await tx
    .insert(breakGlassGrants)
    .values({
      userId: req.userId,
      encounterId: req.encounterId,
      grantedBy: admin.id,
      reason: req.reason,
      createdAt: now,
      expiresAt,
    })
    .returning();
  await recordAudit(tx, {
    at: now,
    actorId: admin.id,
    actorRole: admin.role,
    action: 'breakglass.grant',
    entityType: 'encounter',
    entityId: req.encounterId,
    patientId: encounter.patientId,
    outcome: 'success',
    requestId,
    severity: 'high',
  });
  return grant!;
}

/** The unexpired grant of `userId` for `encounterId`, if any. */
export async function findActiveGrant(tx: Executor, userId: string, encounterId: string, now: Date) {
  const [grant] = await tx
    .select()
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.userId, userId),
        eq(breakGlassGrants.encounterId, encounterId),
        gt(breakGlassGrants.expiresAt, now),
      ),
    )
    .orderBy(desc(breakGlassGrants.expiresAt))
    .limit(1);
  return grant ?? null;
}
