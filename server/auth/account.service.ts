import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { users } from '../db/schema/index.js';

/** The stored account of a signed-in user (for its password hash and second factor). */
export async function accountRow(db: Executor, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!row) throw new AppError('unauthenticated', 'Sign-in required');
  return row;
}

/**
 * Stores a new, not yet enabled TOTP secret (sealed). Re-enrolling while enabled would silently
 * replace a working factor: refused (conflict), and the caller's transaction rolls the write back.
 */
export async function storeTotpSecret(tx: Executor, userId: string, sealedSecret: string): Promise<void> {
  const [updated] = await tx
    .update(users)
    .set({ totpSecret: sealedSecret, totpLastStep: null })
    .where(eq(users.id, userId))
    .returning({ enabled: users.totpEnabled });
  if (updated?.enabled) throw new AppError('conflict', 'Two-step sign-in is already on; disable it first');
}

/** Turns the second factor on (its secret stays) or off (its secret and last step are dropped). */
export async function setTotpEnabled(tx: Executor, userId: string, enabled: boolean): Promise<void> {
  await tx
    .update(users)
    .set(enabled ? { totpEnabled: true } : { totpEnabled: false, totpSecret: null, totpLastStep: null })
    .where(eq(users.id, userId));
}
