import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { loginFailures } from '../db/schema/index.js';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
const PRUNE_ALL_PROBABILITY = 0.01;

export interface LoginAttempt {
  /** The credentials were right: forget this attempt and the account's earlier failures. */
  succeeded(): Promise<void>;
  /** Neither success nor failure (a second factor is still missing, the database failed): forget this attempt only. */
  release(): Promise<void>;
}

export interface LoginAttemptKeys {
  account: string;
  ip: string;
}

const keysOf = (k: LoginAttemptKeys) => ({ account: `account:${k.account}`, ip: `ip:${k.ip}` });

/**
 * Claims a sign-in attempt against the sliding-window limits. The attempt is written as a failure
 * BEFORE the password is checked, so concurrent guesses on several servers count against each other;
 * `succeeded()` removes it (and the account's earlier failures) when the sign-in works. Throws
 * 429 rate_limited with Retry-After when a limit is already reached.
 */
export async function claimLoginAttempt(
  db: Executor,
  who: LoginAttemptKeys,
  now: Date,
): Promise<LoginAttempt> {
  const keys = keysOf(who);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  // Forget what has left the window: for these keys every time (cheap, indexed), for all keys now and
  // then, so failures from addresses never seen again do not pile up.
  const expired =
    Math.random() < PRUNE_ALL_PROBABILITY ? undefined : inArray(loginFailures.key, [keys.account, keys.ip]);
  await db.delete(loginFailures).where(and(expired, lte(loginFailures.at, windowStart)));
  const inserted = await db
    .insert(loginFailures)
    .values([
      { key: keys.account, at: now },
      { key: keys.ip, at: now },
    ])
    .returning({ id: loginFailures.id });
  const ids = inserted.map((r) => r.id);
  for (const [key, limit] of [
    [keys.account, MAX_FAILURES_PER_ACCOUNT],
    [keys.ip, MAX_FAILURES_PER_IP],
  ] as const) {
    const recent = await db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gt(loginFailures.at, windowStart)))
      .orderBy(asc(loginFailures.at), asc(loginFailures.id));
    // Our own claim is in `recent`: more than `limit` rows means `limit` failures came before it.
    if (recent.length > limit) {
      await db.delete(loginFailures).where(inArray(loginFailures.id, ids));
      // The window slides: a new attempt is allowed when enough of the oldest failures expire.
      const freeingAt = recent[recent.length - 1 - limit]!.at.getTime() + LOGIN_WINDOW_MS;
      const retryAfterSeconds = Math.max(1, Math.ceil((freeingAt - now.getTime()) / 1000));
      throw new AppError('rate_limited', 'Too many failed sign-in attempts; try again later', {
        details: { retryAfterSeconds },
      });
    }
  }
  const release = async () => {
    await db.delete(loginFailures).where(inArray(loginFailures.id, ids));
  };
  return {
    release,
    async succeeded() {
      await release();
      await db.delete(loginFailures).where(eq(loginFailures.key, keys.account));
    },
  };
}
