import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Db, Executor } from '../db/client.js';
import { sessions, users } from '../db/schema/index.js';
import type { AppConfig } from '../env.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { hashToken, newSessionToken } from './tokens.js';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: typeof users.$inferSelect;
  sessionId: string;
}

/** Checks credentials; the same error and similar time whether the email or the password is wrong. */
export async function login(
  db: Db,
  config: AppConfig,
  now: Date,
  email: string,
  password: string,
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash));
  if (!user || !ok || !user.active) {
    throw new AppError('invalid_credentials', 'Email or password is incorrect');
  }
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
  const [session] = await db
    .insert(sessions)
    .values({ userId: user.id, tokenHash: hashToken(token), createdAt: now, lastSeenAt: now, expiresAt })
    .returning({ id: sessions.id });
  return { token, expiresAt, user, sessionId: session!.id };
}

// Writing last-seen on every request would turn each read into a write; a minute's resolution is plenty for a 30-minute idle timeout.
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Resolves a bearer token to its user, enforcing revocation, idle timeout and absolute expiry. */
export async function authenticate(db: Db, config: AppConfig, now: Date, token: string): Promise<AuthUser> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .limit(1);
  if (!row || row.session.revokedAt) throw new AppError('unauthenticated', 'Sign-in required');
  const { session, user } = row;
  const idleExpired = now.getTime() - session.lastSeenAt.getTime() > config.sessionIdleMs;
  if (idleExpired || now >= session.expiresAt || !user.active) {
    throw new AppError('session_expired', 'Your session has expired; sign in again');
  }
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
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
