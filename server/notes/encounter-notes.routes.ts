import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { createNoteRequestSchema, draftRequestSchema } from '../../shared/api/notes.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { notes, noteVersions } from '../db/schema/index.js';
import { loadEncounter } from '../encounters/encounter-access.js';
import { listSegments } from '../encounters/segments.service.js';
import { assertTranscriptDraftable } from '../encounters/transcript-limit.js';
import { idempotent } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import { resolvePublishedTemplate } from '../templates/templates.service.js';
import {
  createNote,
  emptyContentFor,
  loadNote,
  readNote,
  replaceSuggestions,
  saveVersion,
} from './notes.service.js';

const idParam = z.object({ id: z.string().uuid() });

/** Notes of one encounter: write one by hand from a template, list them, or draft one from the transcript. */
export const encounterNotesRoutes = new Hono<AppEnv>()
  .post(
    '/:id/notes',
    requireRole('clinician'),
    idempotent(),
    validate('param', idParam),
    validate('json', createNoteRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const ref = c.req.valid('json');
      const now = c.get('deps').clock();
      const dto = await c.get('db').transaction(async (tx) => {
        const { patient } = await loadEncounter(tx, c.get('user'), id, 'owner');
        const { version } = await resolvePublishedTemplate(tx, ref);
        const note = await createNote(tx, {
          encounterId: id,
          templateVersionId: version.id,
          content: emptyContentFor(version.body),
          authorId: c.get('user').id,
          kind: 'created',
          now,
        });
        await audit(c, tx, {
          action: 'note.create',
          entityType: 'note',
          entityId: note.id,
          patientId: patient.id,
        });
        return readNote(tx, note);
      });
      c.header('etag', `"${dto.version}"`);
      return c.json(dto, 201);
    },
  )
  .get('/:id/notes', requireRole('clinician', 'staff'), validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const list = await c.get('db').transaction(async (tx) => {
      const { patient } = await loadEncounter(tx, c.get('user'), id);
      const rows = await tx
        .select()
        .from(notes)
        .where(eq(notes.encounterId, id))
        .orderBy(desc(notes.createdAt));
      await audit(c, tx, {
        action: 'note.list',
        entityType: 'encounter',
        entityId: id,
        patientId: patient.id,
      });
      return rows.map((n) => ({
        id: n.id,
        status: n.status,
        version: n.currentVersion,
        updatedAt: n.updatedAt.toISOString(),
      }));
    });
    return c.json({ notes: list });
  })
  .post(
    '/:id/draft',
    requireRole('clinician', 'staff'),
    validate('param', idParam),
    validate('json', draftRequestSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const req = c.req.valid('json');
      const deps = c.get('deps');
      const user = c.get('user');
      const access = user.role === 'clinician' ? 'owner' : 'read';
      // Read in one short transaction, draft outside any transaction (an LLM call can take a minute), write in another.
      const input = await deps.db.transaction(async (tx) => {
        const { patient } = await loadEncounter(tx, user, id, access);
        const segments = await listSegments(tx, id);
        const { version } = await resolvePublishedTemplate(tx, req);
        await audit(c, tx, {
          action: 'transcript.read',
          entityType: 'encounter',
          entityId: id,
          patientId: patient.id,
        });
        return { patient, segments, version };
      });
      if (input.segments.length === 0) throw new AppError('conflict', 'This encounter has no transcript yet');
      assertTranscriptDraftable(input.segments, deps.config.maxTranscriptChars);
      const out = await deps.drafter.draft({
        segments: input.segments,
        template: input.version.body,
        patient: { displayName: input.patient.displayName, mrn: input.patient.mrn },
        mode: req.mode,
      });
      const now = deps.clock();
      const result = await deps.db.transaction(async (tx) => {
        const [latest] = await tx
          .select()
          .from(notes)
          .where(eq(notes.encounterId, id))
          .orderBy(desc(notes.createdAt))
          .limit(1);
        const warnings = [...out.warnings];
        let noteId: string;
        if (!latest || latest.status === 'signed') {
          const created = await createNote(tx, {
            encounterId: id,
            templateVersionId: input.version.id,
            content: out.content,
            authorId: user.id,
            kind: 'drafted',
            now,
          });
          noteId = created.id;
        } else {
          const [currentVersion] = await tx
            .select({ kind: noteVersions.kind })
            .from(noteVersions)
            .where(and(eq(noteVersions.noteId, latest.id), eq(noteVersions.version, latest.currentVersion)));
          if (currentVersion?.kind === 'edited') {
            warnings.push(
              `Version ${latest.currentVersion} had edits by a person; it is kept in the version history`,
            );
          }
          await saveVersion(tx, latest, {
            expectedVersion: latest.currentVersion,
            content: out.content,
            authorId: user.id,
            kind: 'drafted',
            now,
          });
          noteId = latest.id;
        }
        await replaceSuggestions(tx, noteId, out.codes);
        await audit(c, tx, {
          action: `note.draft.${out.engine}`,
          entityType: 'note',
          entityId: noteId,
          patientId: input.patient.id,
        });
        return { note: await readNote(tx, await loadNote(tx, noteId)), engine: out.engine, warnings };
      });
      c.header('etag', `"${result.note.version}"`);
      return c.json(result, 201);
    },
  );
