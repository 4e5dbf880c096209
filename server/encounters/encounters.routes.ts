import { Hono } from 'hono';
import { z } from 'zod';
import { appendSegmentsRequestSchema, createEncounterRequestSchema } from '../../shared/api/encounters.js';
import type { AppEnv } from '../app-env.js';
import { idempotencyOf } from '../http/idempotency.js';
import { created } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });
const listQuery = z.object({
  status: z.enum(['in_progress', 'completed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Encounters and their transcripts; access and audit live in the ClinicalRepository. */
export const encountersRoutes = new Hono<AppEnv>()
  .post('/', allow('clinician'), validate('json', createEncounterRequestSchema), async (c) => {
    const body = c.req.valid('json');
    return created(c, await c.get('repo').createEncounter(body, idempotencyOf(c, body)));
  })
  .get('/', allow('clinician', 'staff'), validate('query', listQuery), async (c) =>
    c.json(await c.get('repo').listEncounters(c.req.valid('query'))),
  )
  .get('/:id', allow('clinician', 'staff'), validate('param', idParam), async (c) =>
    c.json(await c.get('repo').readEncounter(c.req.valid('param').id)),
  )
  .post('/:id/complete', allow('clinician'), validate('param', idParam), async (c) =>
    c.json(await c.get('repo').completeEncounter(c.req.valid('param').id)),
  )
  .post(
    '/:id/segments',
    allow('clinician'),
    validate('param', idParam),
    validate('json', appendSegmentsRequestSchema),
    async (c) => {
      const result = await c
        .get('repo')
        .appendSegments(c.req.valid('param').id, c.req.valid('json').segments);
      return c.json(result, result.inserted.length > 0 ? 201 : 200);
    },
  )
  .get('/:id/segments', allow('clinician', 'staff'), validate('param', idParam), async (c) =>
    c.json(await c.get('repo').listSegments(c.req.valid('param').id)),
  );
