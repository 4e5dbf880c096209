import { and, desc, eq, gt } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { breakGlassGrants, encounters, users } from '../db/schema/index.js';

export const MAX_BREAK_GLASS_MINUTES = 240;

export interface BreakGlassRequest {
  userId: string;
  encounterId: string;
  reason: string;
  minutes: number;
}

/** Grants a clinician time-limited read access to one encounter (the caller audits it). */
export async function grantBreakGlass(tx: Executor, adminId: string, req: BreakGlassRequest, now: Date) {
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
      grantedBy: adminId,
      reason: req.reason,
      createdAt: now,
      expiresAt,
    })
    .returning();
  return { ...grant!, patientId: encounter.patientId };
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
