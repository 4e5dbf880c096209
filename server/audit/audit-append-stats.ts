/**
 * How this process's audit appends went since it started (or since `resetAuditAppendStats`): the
 * load benches print them per request, so contention for shard heads shows as a number rather
 * than as a p99. Counts only; nothing about the events.
 */
export interface AuditAppendStats {
  /** Events appended. */
  appended: number;
  /** Statements that appended nothing because the head had moved past the hint (another process, or a rollback). */
  headMoved: number;
  /** Statements that found the head held by another transaction (the append took another shard). */
  headHeld: number;
  /** Reads of every shard head, when the process knew none of one it leased (first append, after a reset). */
  headsLoaded: number;
  /** Segment uploads tried in one statement. */
  oneStatementTried: number;
  /** Of those, handed to the unit of work because the shard heads kept moving or were held. */
  oneStatementContended: number;
  /** Of those, handed to the unit of work by its checks (replay, refusal, closed encounter, size). */
  oneStatementRefused: number;
}

export const auditAppendStats: AuditAppendStats = {
  appended: 0,
  headMoved: 0,
  headHeld: 0,
  headsLoaded: 0,
  oneStatementTried: 0,
  oneStatementContended: 0,
  oneStatementRefused: 0,
};

/** A copy of the counts now, to subtract from a later one. */
export const auditAppendStatsNow = (): AuditAppendStats => ({ ...auditAppendStats });

/** The counts since `before`. */
export function auditAppendStatsSince(before: AuditAppendStats): AuditAppendStats {
  const since = { ...auditAppendStats };
  for (const key of Object.keys(since) as (keyof AuditAppendStats)[]) since[key] -= before[key];
  return since;
}
