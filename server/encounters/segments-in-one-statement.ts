import { sql } from 'drizzle-orm';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import {
  appendLanded,
  auditAppendCtes,
  knowAuditHead,
  leaseAuditShard,
  planAppend,
  releaseAuditShard,
  replanAppend,
} from '../audit/audit.service.js';
import type { AuditEvent } from '../audit/audit-actions.js';
import { auditAppendStats } from '../audit/audit-append-stats.js';
import { builtSql } from '../db/built-query.js';
import type { Db } from '../db/client.js';
import { encounters, notes, transcriptSegments } from '../db/schema/index.js';
import { segmentColumns } from './segment-columns.js';

const p = (name: string) => sql.placeholder(name);

/**
 * A new batch of segments stored with its `transcript.append` audit event in one statement, with no
 * transaction around it (one statement is atomic by itself): one round trip where the unit of work
 * took four (BEGIN with the access read, the insert, the audit append, COMMIT), and the audit
 * chain's head is held only while the statement runs. Everything lands only if the encounter is the
 * user's, for the patient the event names, still open (not completed, no signed note), holds none
 * of the batch's seqs yet (a replay) and stays within MAX_TRANSCRIPT_CHARS, and the shard's head is
 * where the event was hashed after. Otherwise nothing is written and the caller takes the unit of
 * work, which answers every other case (replays, 404/403 with the denial audited, 409, 413).
 */
const insertAudited = builtSql<Record<string, unknown>>(
  sql`with target as (
      select e.id from ${encounters} e
      where e.id = ${p('encounterId')}::uuid and e.clinician_id = ${p('userId')}::uuid
        and e.patient_id = ${p('patientId')}::uuid and e.status <> 'completed'
        and (${p('maxChars')}::int is null or e.transcript_chars + ${p('chars')}::int <= ${p('maxChars')}::int)
        and not exists (select 1 from ${notes} n where n.encounter_id = e.id and n.status = 'signed')
        and not exists (select 1 from ${transcriptSegments} t
          where t.encounter_id = e.id and t.seq = any(${p('seqs')}::int[]))
    ), ${auditAppendCtes(sql`exists (select 1 from target)`)},
    inserted as (
      insert into ${transcriptSegments} (encounter_id, seq, start_ms, end_ms, speaker, text, confidence)
      select ${p('encounterId')}::uuid, s.seq, s.start_ms, s.end_ms, s.speaker::speaker, s.text, s.confidence
      from unnest(${p('seqs')}::int[], ${p('starts')}::int[], ${p('ends')}::int[], ${p('speakers')}::text[],
        ${p('texts')}::text[], ${p('confidences')}::real[]) as s(seq, start_ms, end_ms, speaker, text, confidence)
      where exists (select 1 from moved)
      returning length(text) as chars
    ), counted as (
      update ${encounters} set transcript_chars = transcript_chars + (select sum(chars) from inserted)
      where id = ${p('encounterId')}::uuid and exists (select 1 from inserted)
    )
    select (select count(*) from target)::int as allowed, (select count(*) from appended)::int as appended,
      head.seq as head_seq, head.hash as head_hash
    from (select 1) as one left join head on true`,
  'scribe_insert_segments_audited',
);

/** Statements tried (past a head another process moved or holds) before the unit of work takes the upload. */
const MAX_ATTEMPTS = 3;

// The patient of each encounter this process created or took an upload for: the audit event of an
// upload names it, and its hash is computed before the statement runs. Only a hint: the statement
// checks it, and a wrong or missing one means the unit of work.
const patientOfEncounter = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

/** Remembers the encounter's patient, for its next upload to go in one statement. */
export function rememberEncounterPatient(encounterId: string, patientId: string): void {
  if (patientOfEncounter.size >= MAX_REMEMBERED && !patientOfEncounter.has(encounterId))
    patientOfEncounter.clear();
  patientOfEncounter.set(encounterId, patientId);
}

/** Forgets every remembered patient, as a restarted process has none (tests). */
export const forgetEncounterPatients = (): void => patientOfEncounter.clear();

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Stores the batch (already validated: distinct seqs, none ending before it starts) and its audit
 * event in one statement when it can; `undefined` when the unit of work must take it. A concurrent
 * upload of the same seq fails the statement as a whole (unique violation): the unit of work then
 * compares contents as for any replay.
 */
export async function appendSegmentsInOneStatement(
  db: Db,
  ask: {
    encounterId: string;
    user: { id: string; role: string };
    at: Date;
    requestId: string | null;
    maxTranscriptChars: number | undefined;
  },
  segments: readonly TranscriptSegment[],
): Promise<{ inserted: number[]; unchanged: number[] } | undefined> {
  const patientId = patientOfEncounter.get(ask.encounterId);
  if (!patientId || ask.user.role !== 'clinician' || segments.length === 0) return undefined;
  const event: AuditEvent = {
    at: ask.at,
    actorId: ask.user.id,
    actorRole: 'clinician',
    action: 'transcript.append',
    entityType: 'encounter',
    entityId: ask.encounterId,
    patientId,
    outcome: 'success',
    requestId: ask.requestId,
    severity: 'normal',
  };
  const batch = {
    encounterId: ask.encounterId,
    userId: ask.user.id,
    maxChars: ask.maxTranscriptChars ?? null,
    chars: segments.reduce((n, s) => n + s.text.length, 0),
    ...segmentColumns(segments),
  };
  auditAppendStats.oneStatementTried++;
  // A shard no other append of this process holds until the statement ends: its head hint is right.
  const leased = leaseAuditShard();
  let planned: ReturnType<typeof planAppend> | undefined;
  try {
    await knowAuditHead(db, leased);
    planned = planAppend(event, leased);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let row: { allowed: number; appended: number; head_seq: unknown; head_hash: unknown };
      try {
        [row] = rowsOf<typeof row>(await insertAudited(db, { ...batch, ...planned.values })) as [typeof row];
      } catch (e) {
        if (isUniqueViolation(e)) {
          auditAppendStats.oneStatementRefused++;
          return undefined;
        }
        throw e;
      }
      if (row.appended === 1) {
        appendLanded(planned);
        return { inserted: [...batch.seqs].sort((a, b) => a - b), unchanged: [] };
      }
      // Refused by a check: the unit of work answers.
      if (row.allowed !== 1) {
        auditAppendStats.oneStatementRefused++;
        return undefined;
      }
      // The head moved (another process appended) or another process's transaction holds it.
      const held = row.head_seq === null || row.head_seq === undefined;
      planned = replanAppend(
        event,
        planned,
        held ? undefined : { seq: Number(row.head_seq), hash: String(row.head_hash) },
      );
    }
    auditAppendStats.oneStatementContended++;
    return undefined;
  } finally {
    releaseAuditShard(planned?.shard ?? leased);
  }
}

const UNIQUE_VIOLATION = '23505';
function isUniqueViolation(e: unknown): boolean {
  for (let cause = e; cause && typeof cause === 'object'; cause = (cause as { cause?: unknown }).cause)
    if ((cause as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  return false;
}
