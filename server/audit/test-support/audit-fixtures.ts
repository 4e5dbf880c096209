import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { leaseAuditShard, recordAudit, releaseAuditShard } from '../audit.service.js';
import type { AuditAction } from '../audit-actions.js';
import {
  type ChainPosition,
  GENESIS_HASH,
  type HashedEvent,
  keyedEventHash,
  plainEventHash,
} from '../audit-hash.js';
import { auditKeyring } from '../audit-keys.js';

const actions: AuditAction[] = ['encounter.read', 'note.read', 'transcript.append', 'note.edit'];

/**
 * Appends `n` events one after another, all with one request id unless `requestId` varies per
 * event: all on the shard this process leases first, or with `elsewhere` on another (that one held
 * meanwhile, as by a concurrent request). `shardOfRequest` finds where they went.
 */
export async function appendEvents(
  db: Executor,
  n: number,
  opts: { requestId?: (i: number) => string; start?: number; elsewhere?: boolean } = {},
) {
  const occupied = opts.elsewhere ? leaseAuditShard() : undefined;
  try {
    for (let i = 0; i < n; i++) {
      const k = (opts.start ?? 0) + i;
      await recordAudit(db, {
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, k)),
        actorId: null,
        actorRole: 'clinician',
        action: actions[k % actions.length]!,
        entityType: 'encounter',
        entityId: `e${k}`,
        patientId: null,
        outcome: 'success',
        requestId: opts.requestId?.(k) ?? 'req-fixed',
      });
    }
  } finally {
    if (occupied !== undefined) releaseAuditShard(occupied);
  }
}

/** The shard the events of `requestId` are on (the first's, if they are on several). */
export async function shardOfRequest(db: Executor, requestId = 'req-fixed'): Promise<number> {
  const [row] = rowsOf<{ shard: number }>(
    await db.execute(sql`select shard from audit_events where request_id = ${requestId} order by id limit 1`),
  );
  if (!row) throw new Error(`no audit event of request ${requestId}`);
  return Number(row.shard);
}

export const rowsOf = <T = Record<string, unknown>>(r: unknown) => (r as { rows: T[] }).rows;

/** As a DBA would: with the append-only triggers off. */
export async function asDba(db: Executor, work: () => Promise<unknown>) {
  const tables = ['audit_events', 'audit_checkpoints', 'audit_chain_heads'];
  for (const t of tables) await db.execute(sql.raw(`alter table ${t} disable trigger user`));
  try {
    await work();
  } finally {
    for (const t of tables) await db.execute(sql.raw(`alter table ${t} enable trigger user`));
  }
}

interface StoredEvent extends HashedEvent {
  id: number;
  shard: number;
  seq: number;
  keyId: string;
}

/**
 * Rewrites a whole shard as an attacker without the server's key would: every hash recomputed (plain
 * SHA-256, or HMAC with a key of their own) and linked, and the shard head moved to match.
 */
export async function rewriteShard(db: Executor, shard: number, hashWith: 'plain' | Buffer) {
  const rows = rowsOf<StoredEvent & { at: string | Date }>(
    await db.execute(sql`
      select id, at, actor_id as "actorId", actor_role as "actorRole", action, entity_type as "entityType",
        entity_id as "entityId", patient_id as "patientId", outcome, request_id as "requestId", severity,
        shard, seq, key_id as "keyId"
      from audit_events where shard = ${shard} and key_id <> 'legacy' order by seq`),
  );
  let prevHash = GENESIS_HASH;
  for (const r of rows) {
    const position: ChainPosition = { keyId: r.keyId, shard, seq: Number(r.seq), prevHash };
    const event: HashedEvent = { ...r, entityId: `${r.entityId}-forged`, at: new Date(r.at) };
    const hash =
      hashWith === 'plain'
        ? plainEventHash(position, event)
        : createHmac('sha256', hashWith)
            .update(JSON.stringify(['scribe-audit-v2', r.keyId, shard, Number(r.seq), prevHash]))
            .update(JSON.stringify(event))
            .digest('hex');
    await db.execute(
      sql`update audit_events set entity_id = ${event.entityId}, prev_hash = ${prevHash}, hash = ${hash} where id = ${r.id}`,
    );
    prevHash = hash;
  }
  await db.execute(sql`update audit_chain_heads set hash = ${prevHash} where shard = ${shard}`);
}

/** Empties the audit tables (as a DBA), so each tampering test starts from a fresh log. */
export const resetAuditLog = (db: Executor) =>
  asDba(db, async () => {
    await db.execute(sql`delete from audit_events`);
    await db.execute(sql`delete from audit_checkpoints`);
    await db.execute(sql`update audit_chain_heads set seq = 0, hash = ${GENESIS_HASH}`);
  });

/**
 * Appends one keyed event to `shard` as another server process would: a valid link in its chain,
 * the head moved, and this process's hint of that head left behind.
 */
export async function appendAsAnotherProcess(db: Executor, shard: number): Promise<void> {
  const [head] = rowsOf<{ seq: string | number; hash: string }>(
    await db.execute(sql`select seq, hash from audit_chain_heads where shard = ${shard}`),
  );
  const { current: key } = auditKeyring();
  const position: ChainPosition = { keyId: key.id, shard, seq: Number(head!.seq) + 1, prevHash: head!.hash };
  const event: HashedEvent = {
    at: new Date(),
    actorId: null,
    actorRole: 'clinician',
    action: 'encounter.read',
    entityType: 'encounter',
    entityId: 'another-process',
    patientId: null,
    outcome: 'success',
    requestId: 'another-process',
    severity: 'normal',
  };
  const hash = keyedEventHash(key, position, event);
  await db.execute(sql`
    insert into audit_events (at, actor_role, action, entity_type, entity_id, outcome, request_id, severity,
      shard, seq, key_id, prev_hash, hash)
    values (${event.at.toISOString()}, 'clinician', 'encounter.read', 'encounter', 'another-process', 'success',
      'another-process', 'normal', ${shard}, ${position.seq}, ${key.id}, ${position.prevHash}, ${hash})`);
  await db.execute(
    sql`update audit_chain_heads set seq = ${position.seq}, hash = ${hash} where shard = ${shard}`,
  );
}
