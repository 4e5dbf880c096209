import { Hono } from 'hono';
import { z } from 'zod';
import { createNoteRequestSchema, draftRequestSchema } from '../../shared/api/notes.js';
import type { AppEnv } from '../app-env.js';
import { idempotencyOf } from '../http/idempotency.js';
import { created, noteEtag } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });

/** Notes of one encounter: write one by hand from a template, list them, or draft one from the transcript. */
export const encounterNotesRoutes = new Hono<AppEnv>()
  .post(
    '/:id/notes',
    allow('clinician'),
    validate('param', idParam),
    validate('json', createNoteRequestSchema),
    async (c) => {
      const ref = c.req.valid('json');
      const result = await c.get('repo').createNote(c.req.valid('param').id, ref, idempotencyOf(c, ref));
      return created(c, result, noteEtag(result.value.version));
    },
  )
  .get('/:id/notes', allow('clinician', 'staff'), validate('param', idParam), async (c) =>
    c.json(await c.get('repo').listEncounterNotes(c.req.valid('param').id)),
  )
  .post(
    '/:id/draft',
    allow('clinician', 'staff'),
    validate('param', idParam),
    validate('json', draftRequestSchema),
    async (c) => {
      // The client's connection: a draft it no longer waits for is dropped before drafting.
      const result = await c
        .get('repo')
        .draftNote(c.req.valid('param').id, c.req.valid('json'), c.req.raw.signal);
      return c.json(result, 201, noteEtag(result.note.version));
    },
  );
