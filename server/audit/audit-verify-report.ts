import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import type { ExportedCheckpoint } from './audit-checkpoints.js';
import { type AuditProblem, type ChainReport, verifyAuditChain } from './audit-verify.js';

const range = (p: AuditProblem) =>
  p.fromSeq === p.toSeq ? `event ${p.fromSeq}` : `events ${p.fromSeq}–${p.toSeq}`;
const where = (p: AuditProblem) => (p.shard === -1 ? 'legacy (unkeyed) chain' : `shard ${p.shard}`);

/** One line per problem, saying what happened in an operator's words. */
export function describeProblem(p: AuditProblem, event?: { at: Date; action: string }): string {
  const first = p.eventId
    ? ` (first: #${p.eventId}${event ? ` at ${event.at.toISOString()}, action ${event.action}` : ''})`
    : '';
  const cp = p.checkpointId === null ? '' : ` checkpoint #${p.checkpointId}`;
  switch (p.kind) {
    case 'row_edited':
      return `EDITED: ${where(p)} ${range(p)}${first}: its content no longer matches its HMAC.`;
    case 'row_deleted':
      return `DELETED: ${where(p)} ${range(p)} are missing from the middle of the chain${first ? ` (next surviving: #${p.eventId})` : ''}.`;
    case 'tail_deleted':
      return `TAIL DELETED: ${where(p)} ${range(p)} are missing at the end; ${cp ? `signed${cp}` : 'the shard head'} recorded them.`;
    case 'rehashed_without_key':
      return `REWRITTEN: ${where(p)} ${range(p)}${first} carry plain SHA-256 hashes recomputed without the key.`;
    case 'rewritten_without_key':
      return `REWRITTEN WITHOUT THE KEY: ${where(p)} ${range(p)}${first} form a chain the audit key did not sign.`;
    case 'unknown_key':
      return `UNKNOWN KEY: ${where(p)} ${range(p)}${first} are signed with key id "${p.keyId}", which this server does not hold (configure it in AUDIT_HMAC_RETIRED_KEYS).`;
    case 'checkpoint_invalid':
      return `CHECKPOINT INVALID:${cp}: its signature or its link to the previous checkpoint does not verify.`;
    case 'checkpoint_mismatch':
      return `CHANGED SINCE CHECKPOINT: ${where(p)} ${range(p)}${first} differs from what${cp} recorded.`;
    case 'checkpoint_missing':
      return `CHECKPOINT MISSING:${cp} from the exported anchor is no longer in the database.`;
    case 'head_mismatch':
      return `HEAD MISMATCH: the head row of ${where(p)} says event ${p.fromSeq}, the chain ends at ${p.toSeq}.`;
  }
}

/** Verifies the whole log and says in words what an operator needs: intact, or each problem found. */
export async function auditVerifyReport(
  db: Db,
  opts: { anchor?: ExportedCheckpoint } = {},
): Promise<{ ok: boolean; message: string; report: ChainReport }> {
  const report = await verifyAuditChain(db, opts);
  const cp = report.latestCheckpoint
    ? `${report.checkpoints} checkpoints (latest #${report.latestCheckpoint.id} at ${report.latestCheckpoint.at})`
    : 'no checkpoint yet';
  const legacy = report.legacy ? `; ${report.legacy} of them legacy unkeyed events` : '';
  const anchored = opts.anchor ? `; matches the exported checkpoint #${opts.anchor.id}` : '';
  if (report.valid)
    return {
      ok: true,
      report,
      message: `Audit chain intact: ${report.checked} events verified in ${report.shards} shards${legacy}, ${cp}${anchored}.`,
    };
  const ids = report.problems.flatMap((p) => (p.eventId === null ? [] : [p.eventId]));
  const events = ids.length
    ? await db
        .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action })
        .from(auditEvents)
        .where(inArray(auditEvents.id, ids))
    : [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const lines = report.problems.map(
    (p) => `  ${describeProblem(p, p.eventId ? byId.get(p.eventId) : undefined)}`,
  );
  return {
    ok: false,
    report,
    message: `Audit chain BROKEN: ${report.problems.length} problem(s); ${report.checked} events verified, ${cp}.\n${lines.join('\n')}`,
  };
}
