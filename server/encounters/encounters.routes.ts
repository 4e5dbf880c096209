import { and, desc, eq, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { appendSegmentsRequestSchema, createEncounterRequestSchema } from '../../shared/api/encounters.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { encounters, patients } from '../db/schema/index.js';
import { idempotent } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { upsertPatient } from '../patients/patients.service.js';
import { loadEncounter, toEncounterDto } from './encounter-access.js';
import { appendSegments, listSegments } from './segments.service.js';
import { assertTranscriptFits } from './transcript-limit.js';

const idParam = z.object({ id: z.string().uuid() });
const listQuery = z.object({
  status: z.enum(['in_progress', 'completed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const encountersRoutes = new Hono<AppEnv>()
  .post(
    '/',
    requireRole('clinician'),
    idempotent(),
    validate('json', createEncounterRequestSchema),
    async (c) => {
      const body = c.req.valid('json');
      const user = c.get('user');
      const now = c.get('deps').clock();
      const consentAt = body.consent.attestedAt ? new Date(body.consent.attestedAt) : now;
      if (consentAt.getTime() > now.getTime() + 60_000) {
        throw new AppError('validation_failed', 'Consent cannot be attested in the future');
      }
      const dto = await c.get('db').transaction(async (tx) => {
        const patient = await upsertPatient(tx, body.patient);
        const [encounter] = await tx
          .insert(encounters)
          .values({
            clinicianId: user.id,
            patientId: patient.id,
            consentAttestedBy: user.id,
            consentAttestedAt: consentAt,
            consentMethod: body.consent.method,
            // Stored in a fixed order so equal choices compare equal.
            audioSources: body.audioSources
              ? (['microphone', 'tab'] as const).filter((x) => body.audioSources!.includes(x))
              : null,
            startedAt: now,
          })
          .returning();
        await audit(c, tx, {
          action: 'encounter.create',
          entityType: 'encounter',
          entityId: encounter!.id,
          patientId: patient.id,
        });
        return toEncounterDto(encounter!, patient);
      });
      return c.json(dto, 201);
    },
  )
  .get('/', requireRole('clinician', 'staff'), validate('query', listQuery), async (c) => {
    const q = c.req.valid('query');
    const user = c.get('user');
    const where: SQL[] = [];
    if (user.role === 'clinician') where.push(eq(encounters.clinicianId, user.id));
    if (q.status) where.push(eq(encounters.status, q.status));
    const rows = await c.get('db').transaction(async (tx) => {
      const found = await tx
        .select({ encounter: encounters, patient: patients })
        .from(encounters)
        .innerJoin(patients, eq(patients.id, encounters.patientId))
        .where(where.length ? and(...where) : undefined)
        .orderBy(desc(encounters.startedAt))
        .limit(q.limit);
      await audit(c, tx, { action: 'encounter.list', entityType: 'encounter' });
      return found;
    });
    return c.json({ encounters: rows.map((r) => toEncounterDto(r.encounter, r.patient)) });
  })
  .get('/:id', requireRole('clinician', 'staff'), validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const dto = await c.get('db').transaction(async (tx) => {
      const { encounter, patient } = await loadEncounter(tx, c.get('user'), id);
      await audit(c, tx, {
        action: 'encounter.read',
        entityType: 'encounter',
        entityId: id,
        patientId: patient.id,
      });
      return toEncounterDto(encounter, patient);
    });
    return c.json(dto);
  })
  .post('/:id/complete', requireRole('clinician'), validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const now = c.get('deps').clock();
    const dto = await c.get('db').transaction(async (tx) => {
      const { encounter, patient } = await loadEncounter(tx, c.get('user'), id, 'owner');
      const [updated] = await tx
        .update(encounters)
        .set({ status: 'completed', endedAt: encounter.endedAt ?? now })
        .where(eq(encounters.id, id))
        .returning();
      await audit(c, tx, {
        action: 'encounter.complete',
        entityType: 'encounter',
        entityId: id,
        patientId: patient.id,
      });
      return toEncounterDto(updated!, patient);
    });
    return c.json(dto);
  })
  .post(
    '/:id/segments',
    requireRole('clinician'),
    validate('param', idParam),
    validate('json', appendSegmentsRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const { segments } = c.req.valid('json');
      const result = await c.get('db').transaction(async (tx) => {
        const { patient } = await loadEncounter(tx, c.get('user'), id, 'owner');
        await assertTranscriptFits(tx, id, segments, c.get('deps').config.maxTranscriptChars);
        const r = await appendSegments(tx, id, segments);
        await audit(c, tx, {
          action: 'transcript.append',
          entityType: 'encounter',
          entityId: id,
          patientId: patient.id,
        });
        return r;
      });
      return c.json(result, result.inserted.length > 0 ? 201 : 200);
    },
  )
  .get('/:id/segments', requireRole('clinician', 'staff'), validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const segments = await c.get('db').transaction(async (tx) => {
      const { patient } = await loadEncounter(tx, c.get('user'), id);
      await audit(c, tx, {
        action: 'transcript.read',
        entityType: 'encounter',
        entityId: id,
        patientId: patient.id,
      });
      return listSegments(tx, id);
    });
    return c.json({ segments });
  });
