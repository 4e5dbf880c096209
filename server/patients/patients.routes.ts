import { Hono } from 'hono';
import { z } from 'zod';
import { patientInputSchema, updatePatientRequestSchema } from '../../shared/api/encounters.js';
import type { AppEnv } from '../app-env.js';
import { idempotencyOf } from '../http/idempotency.js';
import { created } from '../http/respond.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';

const idParam = z.object({ id: z.string().uuid() });

/**
 * Patients are looked up by the EHR's MRN. Clinicians and staff only: admins see no PHI. Identity
 * changes only through PATCH (staff, audited); POST finds or creates, never renames.
 */
export const patientsRoutes = new Hono<AppEnv>()
  .use(allow('clinician', 'staff'))
  .get('/', validate('query', z.object({ mrn: patientInputSchema.shape.mrn })), async (c) =>
    c.json(await c.get('repo').lookupPatients(c.req.valid('query').mrn)),
  )
  .post('/', validate('json', patientInputSchema), async (c) => {
    const input = c.req.valid('json');
    return created(c, await c.get('repo').upsertPatient(input, idempotencyOf(c, input)));
  })
  .patch(
    '/:id',
    allow('staff'),
    validate('param', idParam),
    validate('json', updatePatientRequestSchema),
    async (c) => c.json(await c.get('repo').updatePatient(c.req.valid('param').id, c.req.valid('json'))),
  );
