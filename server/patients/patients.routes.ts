import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { patientInputSchema } from '../../shared/api/encounters.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { patients } from '../db/schema/index.js';
import { idempotent } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { upsertPatient } from './patients.service.js';

const toDto = (p: typeof patients.$inferSelect) => ({ id: p.id, mrn: p.mrn, displayName: p.displayName });

/** Patients are looked up by the EHR's MRN. Clinicians and staff only: admins see no PHI. */
export const patientsRoutes = new Hono<AppEnv>()
  .use(requireRole('clinician', 'staff'))
  .get('/', validate('query', z.object({ mrn: patientInputSchema.shape.mrn })), async (c) => {
    const { mrn } = c.req.valid('query');
    const db = c.get('db');
    const result = await db.transaction(async (tx) => {
      const [p] = await tx.select().from(patients).where(eq(patients.mrn, mrn)).limit(1);
      await audit(c, tx, {
        action: 'patient.lookup',
        entityType: 'patient',
        entityId: p?.id,
        patientId: p?.id,
      });
      return p;
    });
    return c.json({ patients: result ? [toDto(result)] : [] });
  })
  .post('/', idempotent(), validate('json', patientInputSchema), async (c) => {
    const input = c.req.valid('json');
    const p = await c.get('db').transaction(async (tx) => {
      const row = await upsertPatient(tx, input);
      await audit(c, tx, {
        action: 'patient.upsert',
        entityType: 'patient',
        entityId: row.id,
        patientId: row.id,
      });
      return row;
    });
    return c.json(toDto(p), 201);
  });
