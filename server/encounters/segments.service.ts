import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { AppError } from '../../shared/errors.js';
import { builtQuery, builtSql } from '../db/built-query.js';
import type { Executor } from '../db/client.js';
import { encounters, transcriptSegments } from '../db/schema/index.js';
import { segmentColumns } from './segment-columns.js';

export type SegmentRow = typeof transcriptSegments.$inferSelect;

// confidence is a float4 column: a value read back differs from what was sent in the 8th digit.
const sameConfidence = (a: number | null | undefined, b: number | null) =>
  (a ?? null) === null ? b === null : b !== null && Math.abs((a as number) - b) < 1e-6;

const sameSegment = (s: TranscriptSegment, row: SegmentRow) =>
  s.startMs === row.startMs &&
  s.endMs === row.endMs &&
  s.speaker === row.speaker &&
  s.text === row.text &&
  sameConfidence(s.confidence, row.confidence);

/** Distinct seqs, none ending before it starts: what `assertValidBatch` lets through. */
export const isValidBatch = (segments: readonly TranscriptSegment[]): boolean =>
  new Set(segments.map((s) => s.seq)).size === segments.length && segments.every((s) => s.endMs >= s.startMs);

/** Refuses (422) a batch with the same seq twice, or a segment that ends before it starts. */
function assertValidBatch(segments: readonly TranscriptSegment[]): void {
  const seqs = segments.map((s) => s.seq);
  if (new Set(seqs).size !== seqs.length)
    throw new AppError('validation_failed', 'A batch contains the same seq twice');
  for (const s of segments) {
    if (s.endMs < s.startMs)
      throw new AppError('validation_failed', `Segment ${s.seq} ends before it starts`);
  }
}

/**
 * Appends a batch idempotently by seq: a replayed segment with the same content is a no-op, one
 * with different content rejects the whole batch with 409 so nothing is half-applied. A `closed`
 * encounter (completed, or with a signed note) takes no new segment: 409 encounter_closed, though a
 * retry of segments it already holds still answers as a no-op.
 */
export async function appendSegments(
  tx: Executor,
  encounterId: string,
  segments: TranscriptSegment[],
  opts: { closed: boolean },
) {
  assertValidBatch(segments);
  const insertedSeqs = new Set(opts.closed ? [] : await insertNew(tx, encounterId, segments));
  const replayed = segments.filter((s) => !insertedSeqs.has(s.seq));
  if (replayed.length > 0) {
    const existing = await tx
      .select()
      .from(transcriptSegments)
      .where(
        and(
          eq(transcriptSegments.encounterId, encounterId),
          inArray(
            transcriptSegments.seq,
            replayed.map((s) => s.seq),
          ),
        ),
      );
    const bySeq = new Map(existing.map((r) => [r.seq, r]));
    if (opts.closed && replayed.some((s) => !bySeq.has(s.seq)))
      throw new AppError(
        'encounter_closed',
        'This encounter is completed or signed; its transcript takes no new segments',
      );
    const conflicting = replayed.filter((s) => {
      const row = bySeq.get(s.seq);
      return !row || !sameSegment(s, row);
    });
    if (conflicting.length > 0) {
      throw new AppError(
        'segment_conflict',
        'A segment with this seq already exists with different content',
        {
          details: { seqs: conflicting.map((s) => s.seq) },
        },
      );
    }
  }
  return {
    inserted: [...insertedSeqs].sort((a, b) => a - b),
    unchanged: replayed.map((s) => s.seq).sort((a, b) => a - b),
  };
}

const p = (name: string) => sql.placeholder(name);
/**
 * Inserts a batch of any size as one statement built once: the segments travel as one array per
 * column. (A multi-row VALUES differs with the batch size: drizzle rebuilt it on every upload and
 * each size was another statement to prepare.) Seqs already stored are left alone. The same
 * statement adds the inserted text's length to the encounter's running `transcript_chars`, in the
 * upload's transaction, so the count always matches the stored segments.
 */
const insertSegments = builtSql<{
  encounterId: string;
  seqs: number[];
  starts: number[];
  ends: number[];
  speakers: string[];
  texts: string[];
  confidences: (number | null)[];
}>(
  sql`with inserted as (
      insert into ${transcriptSegments} (encounter_id, seq, start_ms, end_ms, speaker, text, confidence)
      select ${p('encounterId')}::uuid, s.seq, s.start_ms, s.end_ms, s.speaker::speaker, s.text, s.confidence
      from unnest(${p('seqs')}::int[], ${p('starts')}::int[], ${p('ends')}::int[], ${p('speakers')}::text[],
        ${p('texts')}::text[], ${p('confidences')}::real[]) as s(seq, start_ms, end_ms, speaker, text, confidence)
      on conflict (encounter_id, seq) do nothing
      returning seq, length(text) as chars
    ), counted as (
      update ${encounters} set transcript_chars = transcript_chars + (select sum(chars) from inserted)
      where id = ${p('encounterId')}::uuid and exists (select 1 from inserted)
    )
    select seq from inserted`,
  'scribe_insert_segments',
);

async function insertNew(tx: Executor, encounterId: string, segments: TranscriptSegment[]) {
  const { rows } = await insertSegments(tx, { encounterId, ...segmentColumns(segments) });
  return rows.map((r) => Number(r.seq));
}

/**
 * The transcript as the drafter reads it, in seq order: only the columns a segment carries (a
 * visit's hundred-odd rows were read with their ids, encounter id, timestamps and correction
 * metadata, each parsed and dropped again on the event loop), in a query built once.
 */
const draftedSegments = builtQuery(
  (db) =>
    db
      .select({
        seq: transcriptSegments.seq,
        startMs: transcriptSegments.startMs,
        endMs: transcriptSegments.endMs,
        speaker: transcriptSegments.speaker,
        text: transcriptSegments.text,
        confidence: transcriptSegments.confidence,
        correctedRole: transcriptSegments.correctedRole,
      })
      .from(transcriptSegments)
      .where(eq(transcriptSegments.encounterId, sql.placeholder('encounterId')))
      .orderBy(asc(transcriptSegments.seq)),
  'scribe_drafted_segments',
);

export async function listSegments(db: Executor, encounterId: string): Promise<TranscriptSegment[]> {
  const rows = await draftedSegments(db, { encounterId });
  return rows.map(({ correctedRole, ...segment }) =>
    correctedRole ? { ...segment, correctedRole } : segment,
  );
}

/** The encounter's stored segment rows in seq order. */
export const segmentRows = (db: Executor, encounterId: string): Promise<SegmentRow[]> =>
  db
    .select()
    .from(transcriptSegments)
    .where(eq(transcriptSegments.encounterId, encounterId))
    .orderBy(asc(transcriptSegments.seq));

/** A stored row as the drafter reads it: the clinician's speaker correction travels with it. */
export const toSegment = (r: SegmentRow): TranscriptSegment => ({
  seq: r.seq,
  startMs: r.startMs,
  endMs: r.endMs,
  speaker: r.speaker,
  text: r.text,
  confidence: r.confidence,
  ...(r.correctedRole ? { correctedRole: r.correctedRole } : {}),
});
