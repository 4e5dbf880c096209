import { Hono } from 'hono';
import { z } from 'zod';
import {
  addendumRequestSchema,
  codeDecisionRequestSchema,
  updateNoteRequestSchema,
} from '../../shared/api/notes.js';
import { versionParamSchema } from '../../shared/api/params.js';
import type { AppEnv } from '../app-env.js';
import { noteEtag } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });
const queueQuery = z.object({
  status: z.enum(['draft', 'signed']).default('draft'),
  /** `true`: only signed notes no signed version of which was inserted into the EHR yet. */
  notInserted: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const codeParam = z.object({ id: z.string().uuid(), codeId: z.string().uuid() });
const exportQuery = z.object({ format: z.enum(['text', 'markdown', 'fhir']).default('text') });

/** Notes: review, edit (If-Match), sign (If-Match), addenda, versions, codes and export. */
export const notesRoutes = new Hono<AppEnv>()
  .use(allow('clinician', 'staff'))
  .get('/', validate('query', queueQuery), async (c) =>
    c.json(await c.get('repo').listQueue(c.req.valid('query'))),
  )
  .get('/:id', validate('param', idParam), async (c) => {
    const note = await c.get('repo').readNote(c.req.valid('param').id);
    return c.json(note, 200, noteEtag(note.version));
  })
  .put('/:id', validate('param', idParam), validate('json', updateNoteRequestSchema), async (c) => {
    const { id } = c.req.valid('param');
    const note = await c.get('repo').saveVersion(id, c.req.valid('json').content, c.req.header('if-match'));
    return c.json(note, 200, noteEtag(note.version));
  })
  .post('/:id/sign', allow('clinician'), validate('param', idParam), async (c) => {
    const note = await c.get('repo').sign(c.req.valid('param').id, c.req.header('if-match'));
    return c.json(note, 200, noteEtag(note.version));
  })
  .post(
    '/:id/addenda',
    allow('clinician'),
    validate('param', idParam),
    validate('json', addendumRequestSchema),
    async (c) =>
      c.json(await c.get('repo').addAddendum(c.req.valid('param').id, c.req.valid('json').text), 201),
  )
  .get('/:id/versions', validate('param', idParam), async (c) =>
    c.json(await c.get('repo').listVersions(c.req.valid('param').id)),
  )
  .get('/:id/versions/:version', validate('param', versionParamSchema), async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(await c.get('repo').readVersion(id, version));
  })
  .patch(
    '/:id/codes/:codeId',
    validate('param', codeParam),
    validate('json', codeDecisionRequestSchema),
    async (c) => {
      const { id, codeId } = c.req.valid('param');
      return c.json(await c.get('repo').decideCode(id, codeId, c.req.valid('json').status));
    },
  )
  .get('/:id/export', validate('param', idParam), validate('query', exportQuery), async (c) => {
    const out = await c.get('repo').exportNote(c.req.valid('param').id, c.req.valid('query').format);
    return c.body(out.body, 200, { 'content-type': out.contentType, 'cache-control': 'no-store' });
  });
