import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from './auth.service.js';

/** Requires `Authorization: Bearer <token>` of a live session. */
export const requireAuth = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match?.[1]) throw new AppError('unauthenticated', 'Sign-in required');
  const deps = c.get('deps');
  c.set('user', await authenticate(deps.db, deps.config, deps.clock(), match[1]));
  await next();
};
