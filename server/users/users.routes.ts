import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { createUserRequestSchema, passwordSchema, updateUserRequestSchema } from '../../shared/api/auth.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { revokeAllSessions } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { users } from '../db/schema/index.js';
import { idempotent } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { toUserDto } from './users.dto.js';
import { createUser, updateUser } from './users.service.js';

const idParam = z.object({ id: z.string().uuid() });

/** User administration: admins only. */
export const usersRoutes = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => {
    const rows = await c.get('db').select().from(users).orderBy(users.email);
    return c.json({ users: rows.map(toUserDto) });
  })
  .post('/', idempotent(), validate('json', createUserRequestSchema), async (c) => {
    const input = c.req.valid('json');
    const user = await c.get('db').transaction(async (tx) => {
      const created = await createUser(tx, input);
      await audit(c, tx, { action: 'user.create', entityType: 'user', entityId: created.id });
      return created;
    });
    return c.json(toUserDto(user), 201);
  })
  .patch('/:id', validate('param', idParam), validate('json', updateUserRequestSchema), async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const deps = c.get('deps');
    if (id === c.get('user').id && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
      throw new AppError('conflict', 'You cannot deactivate or demote your own account');
    }
    const user = await deps.db.transaction(async (tx) => {
      const updated = await updateUser(tx, id, patch, deps.clock());
      if (patch.active === false) await revokeAllSessions(tx, id, deps.clock());
      await audit(c, tx, { action: 'user.update', entityType: 'user', entityId: id });
      return updated;
    });
    return c.json(toUserDto(user));
  })
  .post(
    '/:id/password',
    validate('param', idParam),
    validate('json', z.object({ password: passwordSchema })),
    async (c) => {
      const { id } = c.req.valid('param');
      const deps = c.get('deps');
      const passwordHash = await hashPassword(c.req.valid('json').password);
      await deps.db.transaction(async (tx) => {
        const [u] = await tx
          .update(users)
          .set({ passwordHash, updatedAt: deps.clock() })
          .where(eq(users.id, id))
          .returning({ id: users.id });
        if (!u) throw new AppError('not_found', 'No such user');
        await revokeAllSessions(tx, id, deps.clock());
        await audit(c, tx, { action: 'user.password_reset', entityType: 'user', entityId: id });
      });
      return c.body(null, 204);
    },
  );
