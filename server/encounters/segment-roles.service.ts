import { and, eq } from 'drizzle-orm';
import type { TranscriptLine } from '../../shared/api/encounters.responses.js';
import { segmentRoles } from '../../shared/clinical/speaker-role/segment-roles.js';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { transcriptSegments } from '../db/schema/index.js';
import { type SegmentRow, segmentRows, toSegment } from './segments.service.js';

type Role = NonNullable<TranscriptLine['correctedRole']>;

/**
 * The transcript with each line's speaker as the review screens show it: recorded label, the
 * clinician's correction, and for an uncorrected `unknown` line the model's guess. Guesses are
 * computed on read, never stored (a correction changes the guesses of the lines around it), and
 * remembered per transcript content by `segmentRoles`, so an unchanged transcript is not guessed again.
 */
export async function listTranscriptLines(db: Executor, encounterId: string): Promise<TranscriptLine[]> {
  return toLines(await segmentRows(db, encounterId));
}

function toLines(rows: readonly SegmentRow[]): TranscriptLine[] {
  const segments = rows.map(toSegment);
  const guesses = segmentRoles(segments);
  return segments.map((s, i) => {
    const guess = guesses.get(s.seq);
    return {
      ...s,
      inferredRole: guess?.role ?? null,
      roleConfidence: guess ? Math.round(guess.confidence * 1000) / 1000 : null,
      roleVersion: rows[i]?.roleVersion ?? 0,
      roleCorrectedAt: rows[i]?.roleCorrectedAt?.toISOString() ?? null,
    };
  });
}

/**
 * Records who spoke an `unknown` line (or withdraws the correction: `role` null) if `expectedVersion`
 * is the line's current roleVersion (else 412, nothing changes). A line the recorder labelled (a
 * telehealth source) keeps its label: 409. Returns the whole transcript, its guesses recomputed.
 */
export async function correctSpeaker(
  tx: Executor,
  encounterId: string,
  input: { seq: number; role: Role | null; expectedVersion: number; userId: string; now: Date },
): Promise<TranscriptLine[]> {
  const where = and(eq(transcriptSegments.encounterId, encounterId), eq(transcriptSegments.seq, input.seq));
  const [row] = await tx.select().from(transcriptSegments).where(where).limit(1).for('update');
  if (!row) throw new AppError('not_found', 'No such transcript line');
  if (row.speaker !== 'unknown')
    throw new AppError('conflict', 'This line was labelled by its source; its speaker cannot be changed');
  if (row.roleVersion !== input.expectedVersion)
    throw new AppError(
      'precondition_failed',
      'Someone changed this line’s speaker since you loaded it; reload the transcript',
    );
  await tx
    .update(transcriptSegments)
    .set({
      correctedRole: input.role,
      roleCorrectedBy: input.role ? input.userId : null,
      roleCorrectedAt: input.role ? input.now : null,
      roleVersion: row.roleVersion + 1,
    })
    .where(where);
  return listTranscriptLines(tx, encounterId);
}
