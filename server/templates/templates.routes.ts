import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { versionParamSchema } from '../../shared/api/params.js';
import { createTemplateRequestSchema, templateVersionRequestSchema } from '../../shared/api/templates.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { templates, templateVersions } from '../db/schema/index.js';
import { idempotent } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import {
  addTemplateVersion,
  createTemplate,
  latestPublished,
  listTemplates,
  publishTemplateVersion,
  toTemplateDto,
} from './templates.service.js';

const idParam = z.object({ id: z.string().uuid() });

/** Everyone reads published templates; admins also see drafts, and create, version and publish. */
export const templatesRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const isAdmin = c.get('user').role === 'admin';
    return c.json({ templates: await listTemplates(c.get('db'), isAdmin) });
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('db');
    const [t] = await db.select().from(templates).where(eq(templates.id, id)).limit(1);
    if (!t) throw new AppError('not_found', 'No such template');
    const published = await latestPublished(db, id);
    const isAdmin = c.get('user').role === 'admin';
    if (!published && !isAdmin) throw new AppError('not_found', 'No such template');
    const versions = isAdmin
      ? await db.select().from(templateVersions).where(eq(templateVersions.templateId, id))
      : undefined;
    return c.json(
      toTemplateDto(
        t,
        published,
        versions?.sort((a, b) => a.version - b.version),
      ),
    );
  })
  .post('/', requireRole('admin'), idempotent(), validate('json', createTemplateRequestSchema), async (c) => {
    const { key, body } = c.req.valid('json');
    const dto = await c.get('db').transaction(async (tx) => {
      const created = await createTemplate(tx, key, body, c.get('user').id);
      await audit(c, tx, { action: 'template.create', entityType: 'template', entityId: created.id });
      return created;
    });
    return c.json(dto, 201);
  })
  .post(
    '/:id/versions',
    requireRole('admin'),
    validate('param', idParam),
    validate('json', templateVersionRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const dto = await c.get('db').transaction(async (tx) => {
        const v = await addTemplateVersion(tx, id, c.req.valid('json').body, c.get('user').id);
        await audit(c, tx, { action: 'template.version', entityType: 'template', entityId: id });
        return v;
      });
      return c.json(dto, 201);
    },
  )
  .post(
    '/:id/versions/:version/publish',
    requireRole('admin'),
    validate('param', versionParamSchema),
    async (c) => {
      const { id, version } = c.req.valid('param');
      const dto = await c.get('db').transaction(async (tx) => {
        const v = await publishTemplateVersion(tx, id, version, c.get('deps').clock());
        await audit(c, tx, { action: 'template.publish', entityType: 'template', entityId: id });
        return v;
      });
      return c.json(dto);
    },
  );
