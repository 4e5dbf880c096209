import { and, eq, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { canonicalJson, sha256Hex } from '../notes/content-hash.js';

const keyPattern = /^[\x21-\x7e]{1,200}$/;
/** A key is remembered for a day; after that the same key starts a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** An `Idempotency-Key` and the hash of the request it was sent with. */
export interface IdempotencyRequest {
  key: string;
  requestHash: string;
}

/** The key of this request (validated), or undefined when the client sent none. */
export function idempotencyOf(c: Context<AppEnv>, validatedBody: unknown): IdempotencyRequest | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!keyPattern.test(key))
    throw new AppError('validation_failed', 'Idempotency-Key must be 1–200 visible ASCII characters');
  return { key, requestHash: sha256Hex(`${c.req.method} ${c.req.path}\n${canonicalJson(validatedBody)}`) };
}

/** What an earlier request with the same key answered: its status and the resource it created. */
export interface PriorOutcome {
  status: number;
  resourceId: string;
}

/**
 * Claims the key inside the transaction of the write it guards. A concurrent duplicate waits on the
 * row until that transaction ends: it then sees the committed outcome, or (after a rollback or a
 * crash) claims the key itself, so no key stays stuck. Returns the prior outcome to replay, if any.
 */
export async function claimIdempotencyKey(
  tx: Executor,
  userId: string,
  req: IdempotencyRequest,
  now: Date,
): Promise<PriorOutcome | null> {
  const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
  await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, expiredBefore));
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ userId, key: req.key, requestHash: req.requestHash, status: 0, resourceId: '', createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 1) return null;
  const [existing] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, req.key)))
    .limit(1);
  if (!existing) throw new AppError('conflict', 'A request with this Idempotency-Key just ended; retry it');
  if (existing.requestHash !== req.requestHash)
    throw new AppError('idempotency_mismatch', 'This Idempotency-Key was used for a different request');
  return { status: existing.status, resourceId: existing.resourceId };
}

/** Records the outcome of the request that claimed the key (same transaction). */
export async function completeIdempotencyKey(
  tx: Executor,
  userId: string,
  req: IdempotencyRequest,
  outcome: PriorOutcome,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set(outcome)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, req.key)));
}
