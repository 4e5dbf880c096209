import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { idempotencyKeys } from '../db/schema/index.js';

const keyPattern = /^[\x21-\x7e]{1,200}$/;
// Response headers a replay must repeat for the client to behave the same.
const replayedHeaders = ['etag', 'location'] as const;
const WAIT_STEP_MS = 20;
const WAIT_LIMIT_MS = 15_000;

interface StoredResponse {
  body: unknown;
  headers: Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` for create endpoints. The first request with a key claims it (a row keyed by
 * user + key, written before the handler runs, so concurrent duplicates on any server see it), runs,
 * and stores its 2xx response; a retry with the same key and body gets that response again without
 * a second write; the same key with another body is 422 idempotency_mismatch. A failed first request
 * (4xx/5xx) releases the key so the client can retry.
 */
export const idempotent = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return next();
  if (!keyPattern.test(key))
    throw new AppError('validation_failed', 'Idempotency-Key must be 1–200 visible ASCII characters');
  const db = c.get('db');
  const userId = c.get('user').id;
  const body = await c.req.text();
  const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
  const rowOf = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ userId, key, requestHash, createdAt: c.get('deps').clock() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 1) break;
    const [existing] = await db.select().from(idempotencyKeys).where(rowOf).limit(1);
    if (!existing) continue; // released between our insert and select: claim it again
    if (existing.requestHash !== requestHash)
      throw new AppError('idempotency_mismatch', 'This Idempotency-Key was used for a different request');
    if (existing.status !== null) {
      const stored = existing.responseBody as StoredResponse;
      return c.json(stored.body, existing.status as ContentfulStatusCode, {
        ...stored.headers,
        'idempotent-replayed': 'true',
      });
    }
    if (waited >= WAIT_LIMIT_MS)
      throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress; retry later');
    await sleep(WAIT_STEP_MS);
  }

  try {
    await next();
  } finally {
    const res = c.res;
    if (res.status >= 200 && res.status < 300 && res.headers.get('content-type')?.includes('json')) {
      const headers: Record<string, string> = {};
      for (const h of replayedHeaders) {
        const v = res.headers.get(h);
        if (v) headers[h] = v;
      }
      const stored: StoredResponse = { body: await res.clone().json(), headers };
      await db
        .update(idempotencyKeys)
        .set({ status: res.status, responseBody: stored })
        .where(and(rowOf, isNull(idempotencyKeys.status)));
    } else {
      await db.delete(idempotencyKeys).where(and(rowOf, isNull(idempotencyKeys.status)));
    }
  }
};
