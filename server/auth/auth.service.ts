import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Db, Executor } from '../db/client.js';
import { sessions, users } from '../db/schema/index.js';
import type { AppConfig } from '../env.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { hashToken, newSessionToken } from './tokens.js';
import { matchTotp } from './totp.js';
import { openTotpSecret } from './totp-secret.js';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: typeof users.$inferSelect;
  sessionId: string;
}

/**
 * Checks credentials; the same error and similar time whether the email or the password is wrong.
 * A user with TOTP on also needs `totp`: without it `totp_required` (only after a right password, so
 * it reveals nothing about the account to a guesser), with a wrong or replayed one `invalid_credentials`.
 */
export async function login(
  db: Db,
  config: AppConfig,
  now: Date,
  email: string,
  password: string,
  totp?: string,
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash));
  if (!user || !ok || !user.active) {
    throw new AppError('invalid_credentials', 'Email or password is incorrect');
  }
  if (user.totpEnabled) {
    if (!totp) throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app');
    if (!(await acceptTotp(db, config, user, totp, now))) {
      throw new AppError('invalid_credentials', 'Email, password or code is incorrect');
    }
  }
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
  const [session] = await db
    .insert(sessions)
    .values({ userId: user.id, tokenHash: hashToken(token), createdAt: now, lastSeenAt: now, expiresAt })
    .returning({ id: sessions.id });
  return { token, expiresAt, user, sessionId: session!.id };
}

// Last-seen is written at most once a second per session: the idle timeout holds to the second
// (a coarser step signed out users who were active, e.g. every 40 s with a 1-minute timeout) while
// a burst of requests on one session still costs one write.
const LAST_SEEN_RESOLUTION_MS = 1_000;

/**
 * When this process last wrote each session's last-seen time. Under load many requests of one
 * session read it before the first write of the second lands (they queue behind it), and each then
 * wrote it again (under bench:load, the busier the server the more requests carried a redundant
 * UPDATE, which made it busier still). A request now writes only when neither the stored time nor this process's own latest write is within
 * the resolution; the session row is still read on every request (revocation and idle expiry act at
 * once, on every server process).
 */
const lastSeenWrites = new Map<string, number>();
const MAX_TRACKED_SESSIONS = 10_000;

/** True (and the write is this caller's) when the session's last-seen time is due to be written. */
function claimLastSeenWrite(sessionId: string, storedMs: number, nowMs: number): boolean {
  const written = Math.max(storedMs, lastSeenWrites.get(sessionId) ?? Number.NEGATIVE_INFINITY);
  if (nowMs - written <= LAST_SEEN_RESOLUTION_MS) return false;
  if (lastSeenWrites.size >= MAX_TRACKED_SESSIONS) {
    for (const [id, at] of lastSeenWrites)
      if (nowMs - at > LAST_SEEN_RESOLUTION_MS) lastSeenWrites.delete(id);
  }
  lastSeenWrites.set(sessionId, nowMs);
  return true;
}

const prepareSessionQuery = (db: Db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('scribe_session_by_token_hash');
const preparedSessionQueries = new WeakMap<Db, ReturnType<typeof prepareSessionQuery>>();

// Every request authenticates: a prepared statement skips building the query each time (~0.4 ms CPU).
function sessionByTokenHash(db: Db) {
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = prepareSessionQuery(db);
    preparedSessionQueries.set(db, query);
  }
  return query;
}

/** Resolves a bearer token to its user, enforcing revocation, idle timeout and absolute expiry. */
export async function authenticate(db: Db, config: AppConfig, now: Date, token: string): Promise<AuthUser> {
  const [row] = await sessionByTokenHash(db).execute({ tokenHash: hashToken(token) });
  if (!row || row.session.revokedAt) throw new AppError('unauthenticated', 'Sign-in required');
  const { session, user } = row;
  const idleExpired = now.getTime() - session.lastSeenAt.getTime() > config.sessionIdleMs;
  if (idleExpired || now >= session.expiresAt || !user.active) {
    throw new AppError('session_expired', 'Your session has expired; sign in again');
  }
  if (claimLastSeenWrite(session.id, session.lastSeenAt.getTime(), now.getTime())) {
    try {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
    } catch (e) {
      lastSeenWrites.delete(session.id);
      throw e;
    }
  }
  return {
    id: user.id,
    role: user.role,
    email: user.email,
    displayName: user.displayName,
    sessionId: session.id,
  };
}

export async function revokeSession(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeAllSessions(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/**
 * Accepts a TOTP code of `user` once: the compare-and-set on totp_last_step makes a replay (even a
 * concurrent one on another server) fail.
 */
export async function acceptTotp(
  db: Executor,
  config: AppConfig,
  user: Pick<typeof users.$inferSelect, 'id' | 'totpSecret' | 'totpLastStep'>,
  code: string,
  now: Date,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const step = matchTotp(
    openTotpSecret(user.totpSecret, config.totpEncryptionKey),
    code,
    now,
    user.totpLastStep,
  );
  if (step === null) return false;
  const updated = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return updated.length === 1;
}

/** Revokes every session of the user except `keepSessionId` (the one that asked). */
export async function revokeOtherSessions(
  db: Executor,
  userId: string,
  keepSessionId: string,
  now: Date,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId), isNull(sessions.revokedAt)));
}
