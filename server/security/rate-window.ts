import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { loginFailures } from '../db/schema/index.js';

export interface RateWindow {
  /** Requests allowed per window. */
  limit: number;
  /** Window length; at most the sign-in window (15 min), after which all rows of the table are pruned. */
  windowMs: number;
}

/**
 * Claims one slot of a sliding-window limit on `key`, counted in the database (the login-failures
 * table, keyed by purpose) so it holds across every stateless server. Throws 429 rate_limited with
 * Retry-After when `limit` requests already happened within the window.
 */
export async function claimRateSlot(db: Executor, key: string, window: RateWindow, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - window.windowMs);
  await db.delete(loginFailures).where(and(eq(loginFailures.key, key), lte(loginFailures.at, windowStart)));
  const [mine] = await db.insert(loginFailures).values({ key, at: now }).returning({ id: loginFailures.id });
  const recent = await db
    .select({ id: loginFailures.id, at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, windowStart)))
    .orderBy(asc(loginFailures.at), asc(loginFailures.id));
  if (recent.length <= window.limit) return;
  await db.delete(loginFailures).where(eq(loginFailures.id, mine!.id));
  const freeingAt = recent[recent.length - 1 - window.limit]!.at.getTime() + window.windowMs;
  throw new AppError('rate_limited', 'Too many requests of this kind; try again shortly', {
    details: { retryAfterSeconds: Math.max(1, Math.ceil((freeingAt - now.getTime()) / 1000)) },
  });
}
