import { eq } from 'drizzle-orm';
import type { CreateUserRequest, Role } from '../../shared/api/auth.js';
import { AppError } from '../../shared/errors.js';
import { hashPassword } from '../auth/password.js';
import type { Executor } from '../db/client.js';
import { users } from '../db/schema/index.js';

export async function createUser(db: Executor, input: CreateUserRequest) {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (existing) throw new AppError('conflict', 'A user with this email already exists');
  const [user] = await db
    .insert(users)
    .values({
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  return user!;
}

export async function countUsers(db: Executor): Promise<number> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length;
}

export async function updateUser(
  db: Executor,
  id: string,
  patch: { displayName?: string; role?: Role; active?: boolean },
  now: Date,
) {
  const [user] = await db
    .update(users)
    .set({ ...patch, updatedAt: now })
    .where(eq(users.id, id))
    .returning();
  if (!user) throw new AppError('not_found', 'No such user');
  return user;
}

export async function userById(db: Executor, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw new AppError('not_found', 'No such user');
  return user;
}

export async function listUsers(db: Executor) {
  return db.select().from(users).orderBy(users.email);
}

/** Replaces a user's password (the hash is computed by the caller, outside any transaction). */
export async function setPasswordHash(db: Executor, id: string, passwordHash: string, now: Date) {
  const [u] = await db
    .update(users)
    .set({ passwordHash, updatedAt: now })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  if (!u) throw new AppError('not_found', 'No such user');
}
