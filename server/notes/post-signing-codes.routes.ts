import { Hono } from 'hono';
import { z } from 'zod';
import { postSigningDecisionRequestSchema } from '../../shared/api/post-signing-codes.js';
import type { AppEnv } from '../app-env.js';
import { requireRole } from '../auth/auth.middleware.js';
import { validate } from '../http/validate.js';
import { auditedNoteCall } from './audited-note-call.js';
import { decideCodeAfterSigning, listPostSigningDecisions } from './post-signing-codes.service.js';

const idParam = z.object({ id: z.string().uuid() });

/** Codes left for coding at signing, decided afterwards: stored and audited apart from the signed note. */
export const postSigningCodesRoutes = new Hono<AppEnv>()
  .use(requireRole('clinician', 'staff'))
  .get('/:id/codes-after-signing', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const dto = await auditedNoteCall(
      c,
      id,
      (tx, user) => listPostSigningDecisions(tx, user, id),
      () => ({ action: 'note.code.after_signing.list' }),
    );
    return c.json(dto);
  })
  .post(
    '/:id/codes-after-signing/:codeId',
    validate('param', z.object({ id: z.string().uuid(), codeId: z.string().uuid() })),
    validate('json', postSigningDecisionRequestSchema),
    async (c) => {
      const { id, codeId } = c.req.valid('param');
      const { status } = c.req.valid('json');
      const dto = await auditedNoteCall(
        c,
        id,
        (tx, user, now) => decideCodeAfterSigning(tx, user, id, codeId, { status, now }),
        () => ({ action: `note.code.after_signing.${status}` }),
      );
      return c.json(dto, 201);
    },
  );
