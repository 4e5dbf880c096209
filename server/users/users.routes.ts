import { Hono } from 'hono';
import { z } from 'zod';
import { createUserRequestSchema, passwordSchema, updateUserRequestSchema } from '../../shared/api/auth.js';
import type { AppEnv } from '../app-env.js';
import { idempotencyOf } from '../http/idempotency.js';
import { created } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });

/** User administration: admins only. */
export const usersRoutes = new Hono<AppEnv>()
  .use(allow('admin'))
  .get('/', async (c) => c.json(await c.get('admin').listUsers()))
  .post('/', validate('json', createUserRequestSchema), async (c) => {
    const input = c.req.valid('json');
    return created(c, await c.get('admin').createUser(input, idempotencyOf(c, input)));
  })
  .patch('/:id', validate('param', idParam), validate('json', updateUserRequestSchema), async (c) =>
    c.json(await c.get('admin').updateUser(c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/:id/password',
    validate('param', idParam),
    validate('json', z.object({ password: passwordSchema })),
    async (c) => {
      await c.get('admin').resetPassword(c.req.valid('param').id, c.req.valid('json').password);
      return c.body(null, 204);
    },
  );
