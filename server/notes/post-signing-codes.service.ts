import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { noteCodes, postSigningCodeDecisions } from '../db/schema/index.js';
import { loadNoteForUser } from './note-access.js';

/** The current (latest) post-signing decision per code of a note. */
export async function listPostSigningDecisions(tx: Executor, user: AuthUser, noteId: string) {
  const { patient } = await loadNoteForUser(tx, user, noteId);
  const rows = await tx
    .select()
    .from(postSigningCodeDecisions)
    .where(eq(postSigningCodeDecisions.noteId, noteId))
    .orderBy(asc(postSigningCodeDecisions.seq));
  const latest = new Map(rows.map((r) => [r.codeId, r]));
  return {
    patientId: patient.id,
    dto: {
      decisions: [...latest.values()].map((r) => ({
        codeId: r.codeId,
        status: r.status as 'accepted' | 'rejected',
        decidedBy: r.decidedBy,
        decidedAt: r.decidedAt.toISOString(),
      })),
    },
  };
}

/**
 * Decides a code of a signed note. Only codes still "suggested" at signing (left for coding) can
 * be decided here: a decision the signer made is part of what they signed.
 */
export async function decideCodeAfterSigning(
  tx: Executor,
  user: AuthUser,
  noteId: string,
  codeId: string,
  input: { status: 'accepted' | 'rejected'; now: Date },
) {
  const { note } = await loadNoteForUser(tx, user, noteId);
  if (note.status !== 'signed')
    throw new AppError('conflict', 'This note is not signed yet: decide its codes in the review');
  const [code] = await tx
    .select()
    .from(noteCodes)
    .where(and(eq(noteCodes.id, codeId), eq(noteCodes.noteId, noteId)))
    .limit(1);
  if (!code) throw new AppError('not_found', 'No such code suggestion');
  if (code.status !== 'suggested')
    throw new AppError('note_signed', 'This code was decided before signing; that decision is signed');
  await tx.insert(postSigningCodeDecisions).values({
    noteId,
    codeId,
    status: input.status,
    decidedBy: user.id,
    decidedAt: input.now,
  });
  return listPostSigningDecisions(tx, user, noteId);
}
