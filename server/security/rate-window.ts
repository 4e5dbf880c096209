import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { loginFailures } from '../db/schema/index.js';
import { parseTimestamptz } from '../db/schema/timestamptz.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

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
  // Pruning this key's expired rows and claiming a slot: one statement.
  const [mine] = rowsOf<{ id: string | number | bigint }>(
    await db.execute(sql`
      with pruned as (
        delete from ${loginFailures} where ${loginFailures.key} = ${key} and ${loginFailures.at} <= ${windowStart.toISOString()}::timestamptz
      )
      insert into ${loginFailures} (key, at) values (${key}, ${now.toISOString()}::timestamptz)
      returning id`),
  );
  // Counted in a statement of its own, so it sees every claim committed meanwhile (ours included);
  // only the count and the claim whose expiry frees a slot come back, not every row of the window.
  const [recent] = await db
    .select({
      count: sql<number>`count(*)::int`,
      freeingFrom: sql<string | null>`(${db
        .select({ at: sql`${loginFailures.at}::text` })
        .from(loginFailures)
        .where(and(eq(loginFailures.key, key), gt(loginFailures.at, windowStart)))
        .orderBy(desc(loginFailures.at), desc(loginFailures.id))
        .offset(window.limit)
        .limit(1)})`,
    })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, windowStart)));
  if (!recent || Number(recent.count) <= window.limit || recent.freeingFrom === null) return;
  await db.delete(loginFailures).where(eq(loginFailures.id, Number(mine!.id)));
  const freeingAt = parseTimestamptz(recent.freeingFrom).getTime() + window.windowMs;
  throw new AppError('rate_limited', 'Too many requests of this kind; try again shortly', {
    details: { retryAfterSeconds: Math.max(1, Math.ceil((freeingAt - now.getTime()) / 1000)) },
  });
}
