import { Hono } from 'hono';
import { z } from 'zod';
import {
  ehrInsertOverrideRequestSchema,
  ehrInsertRequestSchema,
  ehrTextQuerySchema,
} from '../../shared/api/ehr-insert.js';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });

/** Putting a note into the EHR: its text with a status line, patient-mismatch overrides, and insert records. */
export const ehrInsertRoutes = new Hono<AppEnv>()
  .use(allow('clinician', 'staff'))
  .get('/:id/ehr-text', validate('param', idParam), validate('query', ehrTextQuerySchema), async (c) =>
    c.json(await c.get('repo').ehrText(c.req.valid('param').id, c.req.valid('query').codes)),
  )
  .post(
    '/:id/ehr-insert-overrides',
    validate('param', idParam),
    validate('json', ehrInsertOverrideRequestSchema),
    async (c) =>
      c.json(
        await c.get('repo').overrideInsertPatientCheck(c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  )
  .post('/:id/ehr-inserts', validate('param', idParam), validate('json', ehrInsertRequestSchema), async (c) =>
    c.json(await c.get('repo').recordEhrInsert(c.req.valid('param').id, c.req.valid('json')), 201),
  );
