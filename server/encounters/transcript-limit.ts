import { and, eq, type Placeholder, sql } from 'drizzle-orm';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { encounters, transcriptSegments } from '../db/schema/index.js';

const tooLarge = (chars: number, max: number) =>
  new AppError(
    'payload_too_large',
    `The transcript of this encounter would hold ${chars} characters; the limit is ${max} (MAX_TRANSCRIPT_CHARS). Start a new encounter for the rest.`,
    { details: { transcriptChars: chars, maxTranscriptChars: max } },
  );

/**
 * The characters the encounter's transcript holds outside the incoming seqs (`seqs`: a placeholder
 * for their array), as a subquery on the outer query's `encounters` row: its running count
 * (`transcript_chars`, kept by the segment insert) less the stored text under the incoming seqs
 * (segments re-sent under a stored seq replace nothing, so their text is not counted twice). Only the
 * batch's own seqs are looked up, by the (encounter, seq) index: an upload costs the same late in a
 * long visit as early in it (summing every stored segment made a visit's uploads quadratic).
 */
export const storedCharsBesides = (db: Executor, seqs: Placeholder) =>
  sql<number>`(${encounters.transcriptChars} - ${db
    .select({ chars: sql`coalesce(sum(length(${transcriptSegments.text})), 0)::int` })
    .from(transcriptSegments)
    .where(
      and(
        eq(transcriptSegments.encounterId, encounters.id),
        sql`${transcriptSegments.seq} = any(${seqs}::int[])`,
      ),
    )})`;

/** Refuses (413) an upload that would take the transcript (`storedChars` besides it) past `max`. */
export function assertTranscriptFits(
  storedChars: number,
  incoming: readonly TranscriptSegment[],
  max: number,
) {
  const chars = storedChars + incoming.reduce((n, s) => n + s.text.length, 0);
  if (chars > max) throw tooLarge(chars, max);
}

/** Refuses (413) to draft from a transcript longer than `max` characters (one stored before the limit). */
export function assertTranscriptDraftable(segments: readonly TranscriptSegment[], max: number): void {
  const chars = segments.reduce((n, s) => n + s.text.length, 0);
  if (chars > max) throw tooLarge(chars, max);
}
