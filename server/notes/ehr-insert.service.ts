import { and, eq } from 'drizzle-orm';
import type { EhrInsertMode } from '../../shared/api/ehr-insert.js';
import { sameMrn } from '../../shared/api/ehr-insert.js';
import { noteToEhrText } from '../../shared/clinical/export/ehr-text.js';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { ehrInsertOverrides, ehrInserts, templateVersions, users } from '../db/schema/index.js';
import type { EncounterRow, NoteRow, PatientRow } from '../repository/access.js';
import { readNote } from './notes.service.js';

/** A note the caller may access, with its encounter and patient (the repository loads it). */
interface NoteInContext {
  note: NoteRow;
  encounter: EncounterRow;
  patient: PatientRow;
}

async function displayNameOf(tx: Executor, userId: string | null): Promise<string> {
  if (!userId) return 'unknown';
  const [u] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).limit(1);
  return u?.name ?? 'unknown';
}

/** Codes accepted at signing, then those a coder accepted after signing (latest decision per code). */
async function acceptedCodesOf(tx: Executor, read: Awaited<ReturnType<typeof readNote>>) {
  const latest = new Map(read.codesAfterSigning.map((d) => [d.codeId, d]));
  const out = [];
  for (const k of read.codes) {
    const later = latest.get(k.id);
    if (later?.status === 'accepted')
      out.push({ ...k, afterSigning: { by: await displayNameOf(tx, later.decidedBy), at: later.decidedAt } });
    else if (!later && k.status === 'accepted') out.push(k);
  }
  return out;
}

/** The note as text for the EHR field, with its status line, and the identity the chart must show. */
export async function ehrTextFor(
  tx: Executor,
  { note, encounter, patient }: NoteInContext,
  codes: 'accepted' | 'none',
) {
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
  // A signed note carries the identity it was signed with, whatever changed since.
  const identity = read.signedIdentity ?? { mrn: patient.mrn, displayName: patient.displayName };
  const visitDate = encounter.startedAt.toISOString().slice(0, 10);
  const text = noteToEhrText(read.content, {
    status: read.status,
    author,
    ...(read.signedAt ? { signedAt: read.signedAt } : {}),
    ...(identity.displayName ? { patientName: identity.displayName } : {}),
    mrn: identity.mrn,
    visitDate,
    version: read.version,
    ...(template ? { title: template.body.name, style: template.body.style } : {}),
    addenda,
    ...(codes === 'accepted' ? { acceptedCodes: await acceptedCodesOf(tx, read) } : {}),
  });
  return {
    text,
    version: read.version,
    status: read.status,
    patient: { mrn: identity.mrn, displayName: identity.displayName },
    visitDate,
  };
}

/** Records a person's reasoned decision to insert into a chart that does not show this note's patient. */
export async function recordInsertOverride(
  tx: Executor,
  { note, patient }: NoteInContext,
  input: { userId: string; chartMrn: string | null; reason: string; now: Date },
) {
  if (sameMrn(input.chartMrn, patient.mrn))
    throw new AppError('conflict', 'The chart shows this note’s patient: no override is needed');
  const [row] = await tx
    .insert(ehrInsertOverrides)
    .values({
      noteId: note.id,
      userId: input.userId,
      chartMrn: input.chartMrn,
      reason: input.reason,
      createdAt: input.now,
    })
    .returning();
  return { id: row!.id, createdAt: row!.createdAt.toISOString() };
}

/**
 * Records an insert the side panel made. The chart's identifier must be this note's patient's,
 * unless the same user recorded an override for this note first; otherwise `wrong_patient`.
 */
export async function recordInsert(
  tx: Executor,
  { note, patient }: NoteInContext,
  input: {
    userId: string;
    version: number;
    mode: EhrInsertMode;
    chartMrn: string | null;
    overrideId: string | null;
    now: Date;
  },
) {
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
              eq(ehrInsertOverrides.userId, input.userId),
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
      userId: input.userId,
      mode: input.mode,
      overrideId: matched ? null : input.overrideId,
      createdAt: input.now,
    })
    .returning();
  return { id: row!.id, mode: row!.mode, overridden: !matched, createdAt: row!.createdAt.toISOString() };
}
