import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import { builtQuery } from '../db/built-query.js';
import type { Executor } from '../db/client.js';
import { loginFailures } from '../db/schema/index.js';
import { parseTimestamptz } from '../db/schema/timestamptz.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The claim `limit` places behind the newest of `key` in the window, if there is one (built once). */
const claimBeyondLimit = builtQuery(
  (db) =>
    db
      .select({ at: sql<string>`${loginFailures.at}::text` })
      .from(loginFailures)
      .where(
        and(
          eq(loginFailures.key, sql.placeholder('key')),
          gt(loginFailures.at, sql`${sql.placeholder('windowStart')}::timestamptz`),
        ),
      )
      .orderBy(desc(loginFailures.at))
      .offset(sql.placeholder('limit'))
      .limit(1),
  'scribe_rate_claim_beyond_limit',
);

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
  // Looked at in a statement of its own, so it sees every claim committed meanwhile (ours included).
  // Over the limit exactly when a claim lies `limit` places behind the newest; its expiry frees a
  // slot. Read backwards along the (key, at) index it visits at most limit + 1 claims, and neither
  // counts the window nor sorts it (both did, for every draft of a user with a high limit).
  const [freeing] = await claimBeyondLimit(db, {
    key,
    windowStart: windowStart.toISOString(),
    limit: window.limit,
  });
  if (!freeing) return;
  await db.delete(loginFailures).where(eq(loginFailures.id, Number(mine!.id)));
  const freeingAt = parseTimestamptz(freeing.at).getTime() + window.windowMs;
  throw new AppError('rate_limited', 'Too many requests of this kind; try again shortly', {
    details: { retryAfterSeconds: Math.max(1, Math.ceil((freeingAt - now.getTime()) / 1000)) },
  });
}
