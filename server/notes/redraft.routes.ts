import { Hono } from 'hono';
import { z } from 'zod';
import { redraftRequestSchema } from '../../shared/api/notes.js';
import type { AppEnv } from '../app-env.js';
import { noteEtag } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });

/**
 * Re-draft a note from its transcript as it stands (after speaker corrections) as its next version.
 * If-Match names the version on screen; a person's edits stay in the version history.
 */
export const redraftRoutes = new Hono<AppEnv>().post(
  '/:id/redraft',
  allow('clinician', 'staff'),
  validate('param', idParam),
  validate('json', redraftRequestSchema),
  async (c) => {
    const result = await c
      .get('repo')
      .redraftNote(
        c.req.valid('param').id,
        c.req.valid('json').mode,
        c.req.header('if-match'),
        c.req.raw.signal,
      );
    return c.json(result, 201, noteEtag(result.note.version));
  },
);
