import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireRole } from '../auth/auth.middleware.js';
import { validate } from '../http/validate.js';
import { grantBreakGlass, MAX_BREAK_GLASS_MINUTES } from './break-glass.service.js';

const grantSchema = z.object({
  userId: z.string().uuid(),
  encounterId: z.string().uuid(),
  // A reason a reviewer can judge later, not "x".
  reason: z.string().trim().min(20, 'at least 20 characters').max(2000),
  minutes: z.number().int().min(1).max(MAX_BREAK_GLASS_MINUTES),
});

/** Emergency access: an admin lets a clinician read one encounter for a limited time. */
export const breakGlassRoutes = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .post('/', validate('json', grantSchema), async (c) => {
    const deps = c.get('deps');
    const user = c.get('user');
    const grant = await deps.db.transaction((tx) =>
      grantBreakGlass(tx, user, c.req.valid('json'), deps.clock(), c.get('requestId') ?? null),
    );
    return c.json(
      {
        id: grant.id,
        userId: grant.userId,
        encounterId: grant.encounterId,
        grantedBy: grant.grantedBy,
        createdAt: grant.createdAt.toISOString(),
        expiresAt: grant.expiresAt.toISOString(),
      },
      201,
    );
  });
