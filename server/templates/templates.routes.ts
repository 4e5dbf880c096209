import { Hono } from 'hono';
import { z } from 'zod';
import { versionParamSchema } from '../../shared/api/params.js';
import { createTemplateRequestSchema, templateVersionRequestSchema } from '../../shared/api/templates.js';
import type { AppEnv } from '../app-env.js';
import { idempotencyOf } from '../http/idempotency.js';
import { created } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });

/** Everyone reads published templates; admins also see drafts, and create, version and publish. */
export const templatesRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await c.get('admin').listTemplates()))
  .get('/:id', validate('param', idParam), async (c) =>
    c.json(await c.get('admin').readTemplate(c.req.valid('param').id)),
  )
  .post('/', allow('admin'), validate('json', createTemplateRequestSchema), async (c) => {
    const input = c.req.valid('json');
    return created(c, await c.get('admin').createTemplate(input.key, input.body, idempotencyOf(c, input)));
  })
  .post(
    '/:id/versions',
    allow('admin'),
    validate('param', idParam),
    validate('json', templateVersionRequestSchema),
    async (c) =>
      c.json(await c.get('admin').addTemplateVersion(c.req.valid('param').id, c.req.valid('json').body), 201),
  )
  .post(
    '/:id/versions/:version/publish',
    allow('admin'),
    validate('param', versionParamSchema),
    async (c) => {
      const { id, version } = c.req.valid('param');
      return c.json(await c.get('admin').publishTemplateVersion(id, version));
    },
  );
