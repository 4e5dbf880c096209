import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { claimRateSlot } from '../security/rate-window.js';

/**
 * At most DRAFTS_PER_MINUTE drafts per user: drafting is the most expensive request (CPU, or an
 * LLM bill), so one user or one stolen token cannot monopolise it. 429 with Retry-After beyond.
 */
export const limitDrafts = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === 'POST') {
    const deps = c.get('deps');
    await claimRateSlot(
      deps.db,
      `draft:${c.get('user').id}`,
      { limit: deps.config.draftsPerMinute, windowMs: 60_000 },
      deps.clock(),
    );
  }
  await next();
};
