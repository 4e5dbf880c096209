import { Hono } from 'hono';
import { z } from 'zod';
import { type LoginResponse, loginRequestSchema, type User } from '../../shared/api/auth.js';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { accountOf } from '../repository/repository.middleware.js';
import { signIn } from '../repository/sign-in.js';
import { clientIp } from '../security/client-ip.js';
import { toUserDto } from '../users/users.dto.js';
import { requireAuth } from './auth.middleware.js';
import { meSecurityRoutes } from './me-security.routes.js';

const loginBodySchema = loginRequestSchema.extend({
  totp: z
    .string()
    .regex(/^\d{6}$/, 'the 6-digit code from the authenticator app')
    .optional(),
});

export const authRoutes = new Hono<AppEnv>()
  .post('/login', validate('json', loginBodySchema), async (c) => {
    const deps = c.get('deps');
    const result = await signIn(deps, c.req.valid('json'), {
      ip: clientIp(c, deps.config.trustProxy ?? false),
      requestId: c.get('requestId') ?? null,
    });
    return c.json({
      token: result.token,
      expiresAt: result.expiresAt.toISOString(),
      user: toUserDto(result.user),
    } satisfies LoginResponse);
  })
  .post('/logout', requireAuth(), async (c) => {
    await accountOf(c).signOut();
    return c.body(null, 204);
  });

export const meRoutes = new Hono<AppEnv>()
  .get('/me', requireAuth(), (c) => {
    const u = c.get('user');
    // A session exists only for an active user (authenticate refuses the others).
    return c.json({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      active: true,
    } satisfies User);
  })
  .route('/me', meSecurityRoutes);
