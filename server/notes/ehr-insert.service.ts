import { and, eq } from 'drizzle-orm';
import type { EhrInsertMode } from '../../shared/api/ehr-insert.js';
import { sameMrn } from '../../shared/api/ehr-insert.js';
import { noteToEhrText } from '../../shared/clinical/export/ehr-text.js';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { ehrInsertOverrides, ehrInserts, templateVersions, users } from '../db/schema/index.js';
import { loadNoteForUser } from './note-access.js';
import { readNote } from './notes.service.js';

/**
 * EHR insertion as small functions `(tx, user, …)`, ready to move behind the clinical repository.
 * Each returns the patient id the caller audits against.
 */

async function displayNameOf(tx: Executor, userId: string | null): Promise<string> {
  if (!userId) return 'unknown';
  const [u] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).limit(1);
  return u?.name ?? 'unknown';
}

/** The note as text for the EHR field, with its status line, and the identity the chart must show. */
export async function ehrTextFor(
  tx: Executor,
  user: AuthUser,
  noteId: string,
  options: { codes: 'accepted' | 'none' },
) {
  const { note, encounter, patient } = await loadNoteForUser(tx, user, noteId);
  const read = await readNote(tx, note);
  if (read.integrity === 'broken')
    throw new AppError('conflict', 'This signed note failed its integrity check and cannot be inserted');
  const [template] = await tx
    .select({ body: templateVersions.body })
    .from(templateVersions)
    .where(eq(templateVersions.id, note.templateVersionId))
    .limit(1);
  const author = await displayNameOf(tx, read.signedBy ?? encounter.clinicianId);
  const addenda = await Promise.all(
    read.addenda.map(async (a) => ({ ...a, author: await displayNameOf(tx, a.authorId) })),
  );
  const visitDate = encounter.startedAt.toISOString().slice(0, 10);
  const text = noteToEhrText(read.content, {
    status: read.status,
    author,
    ...(read.signedAt ? { signedAt: read.signedAt } : {}),
    ...(patient.displayName ? { patientName: patient.displayName } : {}),
    mrn: patient.mrn,
    visitDate,
    version: read.version,
    ...(template ? { title: template.body.name, style: template.body.style } : {}),
    addenda,
    ...(options.codes === 'accepted'
      ? { acceptedCodes: read.codes.filter((k) => k.status === 'accepted') }
      : {}),
  });
  return {
    patientId: patient.id,
    dto: {
      text,
      version: read.version,
      status: read.status,
      patient: { mrn: patient.mrn, displayName: patient.displayName },
      visitDate,
    },
  };
}

/** Records a person's reasoned decision to insert into a chart that does not show this note's patient. */
export async function recordInsertOverride(
  tx: Executor,
  user: AuthUser,
  noteId: string,
  input: { chartMrn: string | null; reason: string; now: Date },
) {
  const { note, patient } = await loadNoteForUser(tx, user, noteId);
  if (sameMrn(input.chartMrn, patient.mrn))
    throw new AppError('conflict', 'The chart shows this note’s patient: no override is needed');
  const [row] = await tx
    .insert(ehrInsertOverrides)
    .values({
      noteId: note.id,
      userId: user.id,
      chartMrn: input.chartMrn,
      reason: input.reason,
      createdAt: input.now,
    })
    .returning();
  return { patientId: patient.id, dto: { id: row!.id, createdAt: row!.createdAt.toISOString() } };
}

/**
 * Records an insert the side panel made. The chart's identifier must be this note's patient's,
 * unless the same user recorded an override for this note first; otherwise `wrong_patient`.
 */
export async function recordInsert(
  tx: Executor,
  user: AuthUser,
  noteId: string,
  input: {
    version: number;
    mode: EhrInsertMode;
    chartMrn: string | null;
    overrideId: string | null;
    now: Date;
  },
) {
  const { note, patient } = await loadNoteForUser(tx, user, noteId);
  if (input.version !== note.currentVersion)
    throw new AppError(
      'precondition_failed',
      'The note changed since its text was prepared; insert it again',
    );
  const matched = sameMrn(input.chartMrn, patient.mrn);
  if (!matched) {
    const [override] = input.overrideId
      ? await tx
          .select()
          .from(ehrInsertOverrides)
          .where(
            and(
              eq(ehrInsertOverrides.id, input.overrideId),
              eq(ehrInsertOverrides.noteId, note.id),
              eq(ehrInsertOverrides.userId, user.id),
            ),
          )
          .limit(1)
      : [];
    if (!override)
      throw new AppError('wrong_patient', 'The chart open in the EHR is not this note’s patient');
  }
  const [row] = await tx
    .insert(ehrInserts)
    .values({
      noteId: note.id,
      noteVersion: note.currentVersion,
      signed: note.status === 'signed',
      userId: user.id,
      mode: input.mode,
      overrideId: matched ? null : input.overrideId,
      createdAt: input.now,
    })
    .returning();
  return {
    patientId: patient.id,
    overridden: !matched,
    dto: {
      id: row!.id,
      mode: row!.mode,
      overridden: !matched,
      createdAt: row!.createdAt.toISOString(),
    },
  };
}
