import { and, desc, eq, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  addendumRequestSchema,
  codeDecisionRequestSchema,
  updateNoteRequestSchema,
} from '../../shared/api/notes.js';
import { versionParamSchema } from '../../shared/api/params.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { encounters, noteCodes, notes, patients } from '../db/schema/index.js';
import { validate } from '../http/validate.js';
import { loadNoteForUser } from './note-access.js';
import { exportNote } from './note-export.js';
import {
  addAddendum,
  getVersion,
  listVersions,
  parseIfMatch,
  readNote,
  saveVersion,
  signNote,
} from './notes.service.js';

const idParam = z.object({ id: z.string().uuid() });
const etag = (version: number) => `"${version}"`;

export const notesRoutes = new Hono<AppEnv>()
  .use(requireRole('clinician', 'staff'))
  /** The review queue: drafts awaiting review (a clinician's own; all of them for staff). */
  .get(
    '/',
    validate(
      'query',
      z.object({
        status: z.enum(['draft', 'signed']).default('draft'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    ),
    async (c) => {
      const q = c.req.valid('query');
      const user = c.get('user');
      const where: SQL[] = [eq(notes.status, q.status)];
      if (user.role === 'clinician') where.push(eq(encounters.clinicianId, user.id));
      const rows = await c.get('db').transaction(async (tx) => {
        const found = await tx
          .select({ note: notes, encounter: encounters, patient: patients })
          .from(notes)
          .innerJoin(encounters, eq(encounters.id, notes.encounterId))
          .innerJoin(patients, eq(patients.id, encounters.patientId))
          .where(and(...where))
          .orderBy(desc(notes.updatedAt))
          .limit(q.limit);
        await audit(c, tx, { action: 'note.list', entityType: 'note' });
        return found;
      });
      return c.json({
        notes: rows.map((r) => ({
          id: r.note.id,
          encounterId: r.encounter.id,
          status: r.note.status,
          version: r.note.currentVersion,
          updatedAt: r.note.updatedAt.toISOString(),
          clinicianId: r.encounter.clinicianId,
          patient: { id: r.patient.id, mrn: r.patient.mrn, displayName: r.patient.displayName },
        })),
      });
    },
  )
  .get('/:id', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const dto = await c.get('db').transaction(async (tx) => {
      const { note, patient } = await loadNoteForUser(tx, c.get('user'), id);
      const read = await readNote(tx, note);
      await audit(c, tx, {
        action: read.integrity === 'broken' ? 'note.read.integrity_broken' : 'note.read',
        entityType: 'note',
        entityId: id,
        patientId: patient.id,
        severity: read.integrity === 'broken' ? 'high' : 'normal',
      });
      return read;
    });
    c.header('etag', etag(dto.version));
    return c.json(dto);
  })
  .put('/:id', validate('param', idParam), validate('json', updateNoteRequestSchema), async (c) => {
    const { id } = c.req.valid('param');
    const expectedVersion = parseIfMatch(c.req.header('if-match'));
    const { content } = c.req.valid('json');
    const now = c.get('deps').clock();
    const dto = await c.get('db').transaction(async (tx) => {
      const { note, patient } = await loadNoteForUser(tx, c.get('user'), id);
      const updated = await saveVersion(tx, note, {
        expectedVersion,
        content,
        authorId: c.get('user').id,
        kind: 'edited',
        now,
      });
      await audit(c, tx, { action: 'note.edit', entityType: 'note', entityId: id, patientId: patient.id });
      return readNote(tx, updated);
    });
    c.header('etag', etag(dto.version));
    return c.json(dto);
  })
  .post('/:id/sign', requireRole('clinician'), validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const ifMatch = c.req.header('if-match');
    const expectedVersion = ifMatch ? parseIfMatch(ifMatch) : undefined;
    const dto = await c.get('db').transaction(async (tx) => {
      const { note, patient } = await loadNoteForUser(tx, c.get('user'), id, 'owner');
      const signed = await signNote(tx, note, {
        expectedVersion,
        userId: c.get('user').id,
        now: c.get('deps').clock(),
      });
      await audit(c, tx, { action: 'note.sign', entityType: 'note', entityId: id, patientId: patient.id });
      return readNote(tx, signed);
    });
    c.header('etag', etag(dto.version));
    return c.json(dto);
  })
  .post(
    '/:id/addenda',
    requireRole('clinician'),
    validate('param', idParam),
    validate('json', addendumRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const dto = await c.get('db').transaction(async (tx) => {
        const { note, patient } = await loadNoteForUser(tx, c.get('user'), id, 'owner');
        await addAddendum(tx, note, {
          text: c.req.valid('json').text,
          userId: c.get('user').id,
          now: c.get('deps').clock(),
        });
        await audit(c, tx, {
          action: 'note.addendum',
          entityType: 'note',
          entityId: id,
          patientId: patient.id,
        });
        return readNote(tx, note);
      });
      return c.json(dto, 201);
    },
  )
  .get('/:id/versions', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const versions = await c.get('db').transaction(async (tx) => {
      const { patient } = await loadNoteForUser(tx, c.get('user'), id);
      await audit(c, tx, {
        action: 'note.versions',
        entityType: 'note',
        entityId: id,
        patientId: patient.id,
      });
      return listVersions(tx, id);
    });
    return c.json({ versions });
  })
  .get('/:id/versions/:version', validate('param', versionParamSchema), async (c) => {
    const { id, version } = c.req.valid('param');
    const dto = await c.get('db').transaction(async (tx) => {
      const { patient } = await loadNoteForUser(tx, c.get('user'), id);
      await audit(c, tx, {
        action: 'note.version.read',
        entityType: 'note',
        entityId: id,
        patientId: patient.id,
      });
      return getVersion(tx, id, version);
    });
    return c.json(dto);
  })
  .patch(
    '/:id/codes/:codeId',
    validate('param', z.object({ id: z.string().uuid(), codeId: z.string().uuid() })),
    validate('json', codeDecisionRequestSchema),
    async (c) => {
      const { id, codeId } = c.req.valid('param');
      const { status } = c.req.valid('json');
      const now = c.get('deps').clock();
      const dto = await c.get('db').transaction(async (tx) => {
        const { note, patient } = await loadNoteForUser(tx, c.get('user'), id);
        if (note.status === 'signed')
          throw new AppError('note_signed', 'Codes of a signed note cannot change');
        const [updated] = await tx
          .update(noteCodes)
          .set({ status, decidedBy: c.get('user').id, decidedAt: now })
          .where(and(eq(noteCodes.id, codeId), eq(noteCodes.noteId, id)))
          .returning();
        if (!updated) throw new AppError('not_found', 'No such code suggestion');
        await audit(c, tx, {
          action: `note.code.${status}`,
          entityType: 'note',
          entityId: id,
          patientId: patient.id,
        });
        return readNote(tx, note);
      });
      return c.json(dto);
    },
  )
  .get(
    '/:id/export',
    validate('param', idParam),
    validate('query', z.object({ format: z.enum(['text', 'markdown', 'fhir']).default('text') })),
    async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const out = await c.get('db').transaction(async (tx) => {
        const { note, encounter, patient } = await loadNoteForUser(tx, c.get('user'), id);
        const read = await readNote(tx, note);
        if (read.integrity === 'broken')
          throw new AppError(
            'conflict',
            'This signed note failed its integrity check and cannot be exported',
          );
        await audit(c, tx, {
          action: `note.export.${format}`,
          entityType: 'note',
          entityId: id,
          patientId: patient.id,
        });
        return exportNote(tx, { note: read, encounter, patient, format });
      });
      return c.body(out.body, 200, { 'content-type': out.contentType, 'cache-control': 'no-store' });
    },
  );
