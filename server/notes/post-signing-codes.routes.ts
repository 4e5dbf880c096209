import { Hono } from 'hono';
import { z } from 'zod';
import { postSigningDecisionRequestSchema } from '../../shared/api/post-signing-codes.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { validate } from '../http/validate.js';
import { decideCodeAfterSigning, listPostSigningDecisions } from './post-signing-codes.service.js';

const idParam = z.object({ id: z.string().uuid() });

/** Codes left for coding at signing, decided afterwards: stored and audited apart from the signed note. */
export const postSigningCodesRoutes = new Hono<AppEnv>()
  .use(requireRole('clinician', 'staff'))
  .get('/:id/codes-after-signing', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const dto = await c.get('db').transaction(async (tx) => {
      const out = await listPostSigningDecisions(tx, c.get('user'), id);
      await audit(c, tx, {
        action: 'note.code.after_signing.list',
        entityType: 'note',
        entityId: id,
        patientId: out.patientId,
      });
      return out.dto;
    });
    return c.json(dto);
  })
  .post(
    '/:id/codes-after-signing/:codeId',
    validate('param', z.object({ id: z.string().uuid(), codeId: z.string().uuid() })),
    validate('json', postSigningDecisionRequestSchema),
    async (c) => {
      const { id, codeId } = c.req.valid('param');
      const { status } = c.req.valid('json');
      const dto = await c.get('db').transaction(async (tx) => {
        const out = await decideCodeAfterSigning(tx, c.get('user'), id, codeId, {
          status,
          now: c.get('deps').clock(),
        });
        await audit(c, tx, {
          action: `note.code.after_signing.${status}`,
          entityType: 'note',
          entityId: id,
          patientId: out.patientId,
        });
        return out.dto;
      });
      return c.json(dto, 201);
    },
  );
