import { Hono } from 'hono';
import { z } from 'zod';
import { passwordSchema } from '../../shared/api/auth.js';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { accountOf, allow } from '../repository/repository.middleware.js';
import { requireAuth } from './auth.middleware.js';

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
    await accountOf(c).changePassword(currentPassword, newPassword);
    return c.body(null, 204);
  })
  .post('/totp/setup', allow('clinician', 'admin'), async (c) => c.json(await accountOf(c).setupTotp()))
  .post('/totp/enable', allow('clinician', 'admin'), validate('json', codeSchema), async (c) =>
    c.json(await accountOf(c).enableTotp(c.req.valid('json').code)),
  )
  .post('/totp/disable', allow('clinician', 'admin'), validate('json', codeSchema), async (c) =>
    c.json(await accountOf(c).disableTotp(c.req.valid('json').code)),
  );
