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
 * for their array), as a subquery on the outer query's `encounters` row: segments re-sent under a stored seq replace nothing, so their
 * stored text is not counted twice.
 */
export const storedCharsBesides = (db: Executor, seqs: Placeholder) =>
  sql<number>`(${db
    .select({ chars: sql`coalesce(sum(length(${transcriptSegments.text})), 0)::int` })
    .from(transcriptSegments)
    .where(
      and(
        eq(transcriptSegments.encounterId, encounters.id),
        sql`${transcriptSegments.seq} <> all(${seqs}::int[])`,
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
