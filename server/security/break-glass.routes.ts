import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';
import { MAX_BREAK_GLASS_MINUTES } from './break-glass.service.js';

const grantSchema = z.object({
  userId: z.string().uuid(),
  encounterId: z.string().uuid(),
  // A reason a reviewer can judge later, not "x".
  reason: z.string().trim().min(20, 'at least 20 characters').max(2000),
  minutes: z.number().int().min(1).max(MAX_BREAK_GLASS_MINUTES),
});

/** Emergency access: an admin lets a clinician read one encounter for a limited time. */
export const breakGlassRoutes = new Hono<AppEnv>()
  .use(allow('admin'))
  .post('/', validate('json', grantSchema), async (c) =>
    c.json(await c.get('admin').grantBreakGlass(c.req.valid('json')), 201),
  );
