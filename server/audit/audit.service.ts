import { createHash } from 'node:crypto';
import { and, asc, desc, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';

export interface AuditInput {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  patientId: string | null;
  outcome: 'success' | 'denied' | 'error';
  requestId: string | null;
  severity?: 'normal' | 'high';
}

export const GENESIS_HASH = '0'.repeat(64);
// Any constant works: it names the one lock that orders audit writes across every server process.
const AUDIT_CHAIN_LOCK = 727_274;

export function auditHash(prevHash: string, e: Omit<AuditInput, 'severity'> & { severity: string }): string {
  const canonical = JSON.stringify([
    prevHash,
    e.at.toISOString(),
    e.actorId,
    e.actorRole,
    e.action,
    e.entityType,
    e.entityId,
    e.patientId,
    e.outcome,
    e.requestId,
    e.severity,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends an event to the hash chain. Call inside the transaction of the write it records, so the
 * event exists exactly when the write does. The advisory lock serialises appends (also across
 * servers) so each event links to its true predecessor.
 */
export async function recordAudit(tx: Executor, input: AuditInput): Promise<void> {
  // audit_chain_head (server/db/post-migrate.ts) = pg_advisory_xact_lock + read of the last hash.
  const head = (await tx.execute(sql`select audit_chain_head(${AUDIT_CHAIN_LOCK}) as hash`)) as unknown as {
    rows: { hash: string | null }[];
  };
  const prevHash = head.rows[0]?.hash ?? GENESIS_HASH;
  const event = { ...input, severity: input.severity ?? 'normal' };
  await tx.insert(auditEvents).values({ ...event, prevHash, hash: auditHash(prevHash, event) });
}

export interface ChainReport {
  checked: number;
  valid: boolean;
  firstBrokenId: number | null;
}

/** Walks the chain from the start; reports the first event whose link or hash does not verify. */
export async function verifyAuditChain(db: Executor, batchSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.id} > ${afterId}`)
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return { checked, valid: true, firstBrokenId: null };
    for (const row of rows) {
      const expected = auditHash(prevHash, {
        at: row.at,
        actorId: row.actorId,
        actorRole: row.actorRole,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        patientId: row.patientId,
        outcome: row.outcome,
        requestId: row.requestId,
        severity: row.severity,
      });
      if (row.prevHash !== prevHash || row.hash !== expected)
        return { checked, valid: false, firstBrokenId: row.id };
      prevHash = row.hash;
      afterId = row.id;
      checked++;
    }
  }
}

export type AuditSort = 'at' | 'actor' | 'action';

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: string;
  patientId?: string;
  limit: number;
  sort?: AuditSort;
  order?: 'asc' | 'desc';
}

/** Events in a time range, newest first unless `sort`/`order` say otherwise; id breaks ties. */
export async function queryAudit(db: Executor, f: AuditFilter) {
  const where: SQL[] = [];
  if (f.from) where.push(gte(auditEvents.at, f.from));
  if (f.to) where.push(lte(auditEvents.at, f.to));
  if (f.actorId) where.push(sql`${auditEvents.actorId} = ${f.actorId}`);
  if (f.patientId) where.push(sql`${auditEvents.patientId} = ${f.patientId}`);
  const direction = f.order === 'asc' ? asc : desc;
  const column = { at: auditEvents.at, actor: auditEvents.actorId, action: auditEvents.action }[
    f.sort ?? 'at'
  ];
  return db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(direction(column), direction(auditEvents.id))
    .limit(f.limit);
}
