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
import { ehrTextFor, recordInsert, recordInsertOverride } from './ehr-insert.service.js';
import { loadNoteForUser } from './note-access.js';

const idParam = z.object({ id: z.string().uuid() });

/** Putting a note into the EHR: its text with a status line, patient-mismatch overrides, and insert records. */
export const ehrInsertRoutes = new Hono<AppEnv>()
  .use(requireRole('clinician', 'staff'))
  .get('/:id/ehr-text', validate('param', idParam), validate('query', ehrTextQuerySchema), async (c) => {
    const { id } = c.req.valid('param');
    const dto = await c.get('db').transaction(async (tx) => {
      const out = await ehrTextFor(tx, c.get('user'), id, c.req.valid('query'));
      await audit(c, tx, {
        action: 'note.export.ehr_text',
        entityType: 'note',
        entityId: id,
        patientId: out.patientId,
      });
      return out.dto;
    });
    return c.json(dto);
  })
  .post(
    '/:id/ehr-insert-overrides',
    validate('param', idParam),
    validate('json', ehrInsertOverrideRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const dto = await c.get('db').transaction(async (tx) => {
        const out = await recordInsertOverride(tx, c.get('user'), id, {
          ...body,
          now: c.get('deps').clock(),
        });
        // High severity: someone chose to put this patient's note into a chart that does not show them.
        await audit(c, tx, {
          action: 'note.ehr_insert.override',
          entityType: 'note',
          entityId: id,
          patientId: out.patientId,
          severity: 'high',
        });
        return out.dto;
      });
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
      const db = c.get('db');
      try {
        const dto = await db.transaction(async (tx) => {
          const out = await recordInsert(tx, c.get('user'), id, { ...body, now: c.get('deps').clock() });
          await audit(c, tx, {
            action: out.overridden ? 'note.ehr_insert.overridden' : 'note.ehr_insert',
            entityType: 'note',
            entityId: id,
            patientId: out.patientId,
            severity: out.overridden ? 'high' : 'normal',
          });
          return out.dto;
        });
        return c.json(dto, 201);
      } catch (e) {
        // The refused attempt rolled back with its transaction: record it in one of its own.
        if (isAppError(e) && e.code === 'wrong_patient') {
          await db.transaction(async (tx) => {
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
