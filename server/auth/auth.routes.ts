import { Hono } from 'hono';
import { z } from 'zod';
import { loginRequestSchema } from '../../shared/api/auth.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { recordAudit } from '../audit/audit.service.js';
import { audit } from '../audit/audit-context.js';
import { validate } from '../http/validate.js';
import { clientIp } from '../security/client-ip.js';
import { claimLoginAttempt } from '../security/login-rate-limit.js';
import { toUserDto } from '../users/users.dto.js';
import { requireAuth } from './auth.middleware.js';
import { login, revokeSession } from './auth.service.js';
import { meSecurityRoutes } from './me-security.routes.js';

const loginBodySchema = loginRequestSchema.extend({
  totp: z
    .string()
    .regex(/^\d{6}$/, 'the 6-digit code from the authenticator app')
    .optional(),
});

export const authRoutes = new Hono<AppEnv>()
  .post('/login', validate('json', loginBodySchema), async (c) => {
    const { email, password, totp } = c.req.valid('json');
    const deps = c.get('deps');
    const ip = clientIp(c, deps.config.trustProxy ?? false);
    const attempt = await claimLoginAttempt(deps.db, { account: email, ip }, deps.clock());
    try {
      const result = await login(deps.db, deps.config, deps.clock(), email, password, totp).catch(
        async (e: unknown) => {
          // Only a wrong credential counts as a failure; a missing second factor or an outage does not.
          if (!(e instanceof AppError && e.code === 'invalid_credentials')) await attempt.release();
          throw e;
        },
      );
      await attempt.succeeded();
      await recordAudit(deps.db, {
        at: deps.clock(),
        actorId: result.user.id,
        actorRole: result.user.role,
        action: 'auth.login',
        entityType: 'session',
        entityId: result.sessionId,
        patientId: null,
        outcome: 'success',
        requestId: c.get('requestId'),
      });
      return c.json({
        token: result.token,
        expiresAt: result.expiresAt.toISOString(),
        user: toUserDto(result.user),
      });
    } catch (e) {
      if (e instanceof AppError && e.code === 'invalid_credentials') {
        await audit(c, deps.db, { action: 'auth.login', entityType: 'session', outcome: 'denied' });
      }
      throw e;
    }
  })
  .post('/logout', requireAuth(), async (c) => {
    const deps = c.get('deps');
    await revokeSession(deps.db, c.get('user').sessionId, deps.clock());
    await audit(c, deps.db, {
      action: 'auth.logout',
      entityType: 'session',
      entityId: c.get('user').sessionId,
    });
    return c.body(null, 204);
  });

export const meRoutes = new Hono<AppEnv>()
  .get('/me', requireAuth(), (c) => {
    const u = c.get('user');
    return c.json({ id: u.id, email: u.email, displayName: u.displayName, role: u.role, active: true });
  })
  .route('/me', meSecurityRoutes);
