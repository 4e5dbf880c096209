import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { transcriptSegments } from '../db/schema/index.js';

const tooLarge = (chars: number, max: number) =>
  new AppError(
    'payload_too_large',
    `The transcript of this encounter would hold ${chars} characters; the limit is ${max} (MAX_TRANSCRIPT_CHARS). Start a new encounter for the rest.`,
    { details: { transcriptChars: chars, maxTranscriptChars: max } },
  );

/**
 * Refuses (413) an upload that would take the encounter's transcript past `max` characters.
 * Segments re-sent under a stored seq replace nothing, so their stored text is not counted twice.
 */
export async function assertTranscriptFits(
  tx: Executor,
  encounterId: string,
  incoming: readonly TranscriptSegment[],
  max: number,
): Promise<void> {
  const seqs = incoming.map((s) => s.seq);
  const [row] = await tx
    .select({ chars: sql<number>`coalesce(sum(length(${transcriptSegments.text})), 0)::int` })
    .from(transcriptSegments)
    .where(and(eq(transcriptSegments.encounterId, encounterId), notInArray(transcriptSegments.seq, seqs)));
  const chars = (row?.chars ?? 0) + incoming.reduce((n, s) => n + s.text.length, 0);
  if (chars > max) throw tooLarge(chars, max);
}

/** Refuses (413) to draft from a transcript longer than `max` characters (one stored before the limit). */
export function assertTranscriptDraftable(segments: readonly TranscriptSegment[], max: number): void {
  const chars = segments.reduce((n, s) => n + s.text.length, 0);
  if (chars > max) throw tooLarge(chars, max);
}
