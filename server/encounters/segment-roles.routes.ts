import { Hono } from 'hono';
import { correctSpeakerRequestSchema, segmentParamSchema } from '../../shared/api/encounters.js';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

/**
 * Speaker corrections: the encounter's clinician says who spoke a line the recorder left `unknown`
 * (If-Match: the line's roleVersion). Answers with the transcript, its guesses recomputed.
 */
export const segmentRolesRoutes = new Hono<AppEnv>().put(
  '/:id/segments/:seq/role',
  allow('clinician'),
  validate('param', segmentParamSchema),
  validate('json', correctSpeakerRequestSchema),
  async (c) => {
    const { id, seq } = c.req.valid('param');
    const result = await c.get('repo').correctSpeaker(id, seq, c.req.valid('json'), c.req.header('if-match'));
    const line = result.segments.find((s) => s.seq === seq);
    return c.json(result, 200, line ? { etag: `"${line.roleVersion}"` } : {});
  },
);
