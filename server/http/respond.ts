import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { Created } from '../repository/unit-of-work.js';

/** A note's version as its ETag (`"3"`): what a later If-Match must name. */
export const noteEtag = (version: number) => ({ etag: `"${version}"` });

/** 201 with the created resource; a replay of the same Idempotency-Key says so in a header. */
export const created = <T>(c: Context<AppEnv>, result: Created<T>, headers: Record<string, string> = {}) =>
  c.json(result.value, 201, result.replayed ? { ...headers, 'idempotent-replayed': 'true' } : headers);
