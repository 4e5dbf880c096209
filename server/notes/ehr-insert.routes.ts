import { Hono } from 'hono';
import { z } from 'zod';
import {
  ehrInsertOverrideRequestSchema,
  ehrInsertRequestSchema,
  ehrTextQuerySchema,
} from '../../shared/api/ehr-insert.js';
import { isAppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { validate } from '../http/validate.js';
import { auditedNoteCall } from './audited-note-call.js';
import { ehrTextFor, recordInsert, recordInsertOverride } from './ehr-insert.service.js';
import { loadNoteForUser } from './note-access.js';

const idParam = z.object({ id: z.string().uuid() });

/** Putting a note into the EHR: its text with a status line, patient-mismatch overrides, and insert records. */
export const ehrInsertRoutes = new Hono<AppEnv>()
  .use(requireRole('clinician', 'staff'))
  .get('/:id/ehr-text', validate('param', idParam), validate('query', ehrTextQuerySchema), async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const dto = await auditedNoteCall(
      c,
      id,
      (tx, user) => ehrTextFor(tx, user, id, query),
      () => ({ action: 'note.export.ehr_text' }),
    );
    return c.json(dto);
  })
  .post(
    '/:id/ehr-insert-overrides',
    validate('param', idParam),
    validate('json', ehrInsertOverrideRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const dto = await auditedNoteCall(
        c,
        id,
        (tx, user, now) => recordInsertOverride(tx, user, id, { ...body, now }),
        // High severity: someone chose to put this patient's note into a chart that does not show them.
        () => ({ action: 'note.ehr_insert.override', severity: 'high' }),
      );
      return c.json(dto, 201);
    },
  )
  .post(
    '/:id/ehr-inserts',
    validate('param', idParam),
    validate('json', ehrInsertRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      try {
        const dto = await auditedNoteCall(
          c,
          id,
          (tx, user, now) => recordInsert(tx, user, id, { ...body, now }),
          (out) =>
            out.overridden
              ? { action: 'note.ehr_insert.overridden', severity: 'high' }
              : { action: 'note.ehr_insert' },
        );
        return c.json(dto, 201);
      } catch (e) {
        // The refused attempt rolled back with its transaction: record it in one of its own.
        if (isAppError(e) && e.code === 'wrong_patient') {
          await c.get('db').transaction(async (tx) => {
            const { patient } = await loadNoteForUser(tx, c.get('user'), id);
            await audit(c, tx, {
              action: 'note.ehr_insert',
              entityType: 'note',
              entityId: id,
              patientId: patient.id,
              outcome: 'denied',
              severity: 'high',
            });
          });
        }
        throw e;
      }
    },
  );
