import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { passwordSchema } from '../../shared/api/auth.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { users } from '../db/schema/index.js';
import { validate } from '../http/validate.js';
import { clientIp } from '../security/client-ip.js';
import { claimLoginAttempt } from '../security/login-rate-limit.js';
import { requireAuth, requireRole } from './auth.middleware.js';
import { revokeOtherSessions } from './auth.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { newTotpSecret, otpauthUri } from './totp.js';
import { checkTotpAttempt } from './totp-attempt.js';
import { sealTotpSecret } from './totp-secret.js';

const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
const codeSchema = z.object({ code: z.string().regex(/^\d{6}$/, 'a 6-digit code') });

/** Self-service account security: the signed-in user's own password and second factor. */
export const meSecurityRoutes = new Hono<AppEnv>()
  .use(requireAuth())
  .post('/password', validate('json', passwordChangeSchema), async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    const deps = c.get('deps');
    const me = c.get('user');
    // Guessing the current password with a stolen session is a sign-in attempt like any other.
    const attempt = await claimLoginAttempt(
      deps.db,
      { account: me.email, ip: clientIp(c, deps.config.trustProxy ?? false) },
      deps.clock(),
    );
    const [row] = await deps.db.select().from(users).where(eq(users.id, me.id)).limit(1);
    if (!row || !(await verifyPassword(currentPassword, row.passwordHash))) {
      await audit(c, deps.db, {
        action: 'auth.password.change',
        entityType: 'user',
        entityId: me.id,
        outcome: 'denied',
      });
      throw new AppError('invalid_credentials', 'The current password is incorrect');
    }
    await attempt.succeeded();
    const passwordHash = await hashPassword(newPassword);
    await deps.db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, updatedAt: deps.clock() }).where(eq(users.id, me.id));
      await revokeOtherSessions(tx, me.id, me.sessionId, deps.clock());
      await audit(c, tx, { action: 'auth.password.change', entityType: 'user', entityId: me.id });
    });
    return c.body(null, 204);
  })
  .post('/totp/setup', requireRole('clinician', 'admin'), async (c) => {
    const deps = c.get('deps');
    const me = c.get('user');
    const secret = newTotpSecret();
    await deps.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(users)
        .set({ totpSecret: sealTotpSecret(secret, deps.config.totpEncryptionKey), totpLastStep: null })
        .where(eq(users.id, me.id))
        .returning({ enabled: users.totpEnabled });
      // Re-enrolling while enabled would silently replace a working factor: disable it first.
      if (updated?.enabled)
        throw new AppError('conflict', 'Two-step sign-in is already on; disable it first');
      await audit(c, tx, { action: 'auth.totp.setup', entityType: 'user', entityId: me.id });
    });
    return c.json({ secret, otpauthUri: otpauthUri(secret, me.email) });
  })
  .post('/totp/enable', requireRole('clinician', 'admin'), validate('json', codeSchema), async (c) => {
    const deps = c.get('deps');
    const me = c.get('user');
    const [row] = await deps.db.select().from(users).where(eq(users.id, me.id)).limit(1);
    if (!row?.totpSecret) throw new AppError('conflict', 'Start with POST /me/totp/setup');
    if (row.totpEnabled) throw new AppError('conflict', 'Two-step sign-in is already on');
    await checkTotpAttempt(c, 'auth.totp.enable', row, c.req.valid('json').code);
    await deps.db.transaction(async (tx) => {
      await tx.update(users).set({ totpEnabled: true }).where(eq(users.id, me.id));
      await audit(c, tx, {
        action: 'auth.totp.enable',
        entityType: 'user',
        entityId: me.id,
        severity: 'high',
      });
    });
    return c.json({ totpEnabled: true });
  })
  .post('/totp/disable', requireRole('clinician', 'admin'), validate('json', codeSchema), async (c) => {
    const deps = c.get('deps');
    const me = c.get('user');
    const [row] = await deps.db.select().from(users).where(eq(users.id, me.id)).limit(1);
    if (!row?.totpEnabled) throw new AppError('conflict', 'Two-step sign-in is not on');
    await checkTotpAttempt(c, 'auth.totp.disable', row, c.req.valid('json').code);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ totpEnabled: false, totpSecret: null, totpLastStep: null })
        .where(eq(users.id, me.id));
      await audit(c, tx, {
        action: 'auth.totp.disable',
        entityType: 'user',
        entityId: me.id,
        severity: 'high',
      });
    });
    return c.json({ totpEnabled: false });
  });
