import { and, asc, desc, gte, lte, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.js';
import { builtSql } from '../db/built-query.js';
import type { Executor } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import type { AuditEvent } from './audit-actions.js';
import { auditAppendStats } from './audit-append-stats.js';
import { keyedEventHash } from './audit-hash.js';
import { auditKeyring } from './audit-keys.js';
import { ShardLeases } from './audit-shard-leases.js';

export type { AuditAction, AuditEvent } from './audit-actions.js';

/**
 * Independent chains the log is split into. Appends on different shards never wait for each other;
 * each append leases a shard no other append of its process holds (audit-shard-leases.ts), and a
 * transaction's events share the one it leased first, so one transaction locks one head. More
 * shards than the cluster's pooled connections, so processes find shards of their own.
 */
export const AUDIT_SHARDS = 64;
/** Appends whose head moved or was held try again; past this many the request fails (503). */
const MAX_APPEND_ATTEMPTS = 100;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

type AppendListener = () => void;
const appendListeners = new Set<AppendListener>();
/** Called after each append (e.g. to write a checkpoint every N events). Returns an unsubscribe. */
export const onAuditAppended = (listener: AppendListener) => {
  appendListeners.add(listener);
  return () => appendListeners.delete(listener);
};

/** The shards this process's appends hold now, and the order it takes them in. */
const leases = new ShardLeases(AUDIT_SHARDS);

/** Leases a shard for one append (or one statement carrying one): give it back with `releaseAuditShard`. */
export const leaseAuditShard = (): number => leases.lease();
export const releaseAuditShard = (shard: number): void => leases.release(shard);

/**
 * The head this process last moved each shard to: a hint that saves reading the head before an
 * append. A shard's appends in this process take turns (its lease), so the hint is right unless
 * another process appended there or a transaction rolled back; the conditional append then matches
 * nothing and returns the head as it is.
 */
const headHints = new Map<number, { seq: number; hash: string }>();

/** Forgets every head hint, as a process that opens another database must (tests). */
export const forgetAuditHeads = (): void => headHints.clear();

const readHeads = builtSql<Record<string, never>>(
  sql`select shard, seq, hash from audit_chain_heads`,
  'scribe_audit_heads',
);

/** Before planning on `shard`: with no hint of it, every head this process has no hint of is read, in one statement. */
export async function knowAuditHead(tx: Executor, shard: number): Promise<void> {
  if (headHints.has(shard)) return;
  auditAppendStats.headsLoaded++;
  for (const h of rowsOf<{ shard: number; seq: string | number; hash: string }>(await readHeads(tx, {})))
    if (!headHints.has(Number(h.shard))) headHints.set(Number(h.shard), { seq: Number(h.seq), hash: h.hash });
}

/** The shard each open transaction appended to: its later events go to the head it already holds. */
const shardOfTransaction = new WeakMap<object, number>();

/**
 * A unit of work's claim on the shard its transaction appended to, from that append until the
 * transaction ends (its head row stays locked until then): no other append of this process takes it
 * meanwhile, to find it held and take it for another process's.
 */
export interface AuditShardHold {
  shard?: number;
}

/** Runs `fn` (one transaction) with a hold that `recordAudit` fills, and gives the shard back after. */
export async function holdingAuditShard<T>(fn: (hold: AuditShardHold) => Promise<T>): Promise<T> {
  const hold: AuditShardHold = {};
  try {
    return await fn(hold);
  } finally {
    if (hold.shard !== undefined) leases.release(hold.shard);
  }
}

const p = (name: string) => sql.placeholder(name);
/**
 * The CTEs `head`, `moved` and `appended` of an append: the shard's head is moved and the event
 * inserted if the head is still at `prevSeq`/`prevHash` and `when` (an SQL condition) holds. A
 * statement that carries other writes with the event (a segment upload) makes them depend on
 * `moved`, so they land exactly when the event does.
 */
export const auditAppendCtes = (when: SQL) => sql`
    head as (
      select shard, seq, hash from audit_chain_heads where shard = ${p('shard')}
      for update skip locked
    ), moved as (
      update audit_chain_heads set seq = ${p('seq')}, hash = ${p('hash')}
      where shard = (select shard from head where seq = ${p('prevSeq')} and hash = ${p('prevHash')})
        and ${when}
      returning 1
    ), appended as (
      insert into audit_events (at, actor_id, actor_role, action, entity_type, entity_id, patient_id,
        outcome, request_id, severity, shard, seq, key_id, prev_hash, hash)
      select ${p('at')}::timestamptz, ${p('actorId')}::uuid, ${p('actorRole')}::text,
        ${p('action')}::text, ${p('entityType')}::text, ${p('entityId')}::text, ${p('patientId')}::uuid,
        ${p('outcome')}::audit_outcome, ${p('requestId')}::text, ${p('severity')}::text,
        ${p('shard')}::smallint, ${p('seq')}::bigint, ${p('keyId')}::text, ${p('prevHash')}::text, ${p('hash')}::text
      from moved
      returning 1
    )`;

/**
 * Moves the shard's head and inserts the event if the head is still at `prevSeq`/`prevHash`, and
 * returns the head as it was (built once: it runs with every audited request). A head another
 * transaction holds is skipped, not waited for: no row comes back and the append takes another
 * shard. A head that moved comes back with `appended` 0, locked in a transaction, so the retry on
 * it is one statement.
 */
const appendEvent = builtSql(
  sql`with ${auditAppendCtes(sql`true`)}
    select seq, hash, (select count(*) from appended)::int as appended from head`,
  'scribe_audit_append',
);

/** An event with its place in a shard's chain and its hash: the values `auditAppendCtes` takes. */
export interface PlannedAppend {
  shard: number;
  seq: number;
  hash: string;
  values: Record<string, unknown>;
}

/**
 * Places `input` after `head` (by default this process's hint of the shard's head) and hashes it.
 * A stale head appends nothing: the statement returns the head as it is, to plan again on.
 */
export function planAppend(
  input: AuditEvent,
  shard: number,
  head?: { seq: number; hash: string },
): PlannedAppend {
  const { current: key } = auditKeyring();
  const event = { ...input, severity: input.severity ?? 'normal' };
  // A shard whose head this process never read: the statement returns it, to plan again on.
  const at = head ?? headHints.get(shard) ?? { seq: -1, hash: '' };
  const position = { keyId: key.id, shard, seq: at.seq + 1, prevHash: at.hash };
  const hash = keyedEventHash(key, position, event);
  return {
    shard,
    seq: position.seq,
    hash,
    values: {
      ...position,
      prevSeq: at.seq,
      hash,
      at: event.at.toISOString(),
      actorId: event.actorId,
      actorRole: event.actorRole,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      patientId: event.patientId,
      outcome: event.outcome,
      requestId: event.requestId,
      severity: event.severity,
    },
  };
}

/** After a planned append landed: the shard's head hint moves to it and the listeners hear of it. */
export function appendLanded(planned: PlannedAppend): void {
  auditAppendStats.appended++;
  headHints.set(planned.shard, { seq: planned.seq, hash: planned.hash });
  for (const listener of appendListeners) listener();
}

/**
 * The next plan after a statement appended nothing. `head` as the statement found it: planned
 * again after it; when another process appended there (the head moved past this process's hint),
 * this process takes that shard last from now on. No head (another process's transaction holds
 * it): that shard is left to it, and the event planned on the next shard this process leases (the
 * caller gives back the shard of the plan it ends with).
 */
export function replanAppend(
  input: AuditEvent,
  planned: PlannedAppend,
  head: { seq: number; hash: string } | undefined,
): PlannedAppend {
  if (head) {
    auditAppendStats.headMoved++;
    if (head.seq > Number(planned.values.prevSeq)) leases.avoid(planned.shard);
    return planAppend(input, planned.shard, head);
  }
  auditAppendStats.headHeld++;
  leases.avoid(planned.shard);
  const next = leases.lease();
  leases.release(planned.shard);
  return planAppend(input, next);
}

/** Waits for a shard's head: only after many heads in a row were held (more transactions than shards). */
const waitForHead = builtSql<{ shard: number }>(
  sql`select seq, hash from audit_chain_heads where shard = ${sql.placeholder('shard')} for update`,
  'scribe_audit_head',
);
const HELD_BEFORE_WAITING = 8;

/**
 * Appends an event to a shard's HMAC chain. Call inside the transaction of the write it records,
 * and last in it: the shard's head row stays locked from this append until commit. No append
 * waits for that lock: each takes a head no other transaction holds (SKIP LOCKED), so concurrent
 * requests, in this process or another, never queue behind one another's commits. Reads never wait.
 *
 * The shard is one this process's other appends do not hold (leased), or the one the transaction
 * already appended to. Its head hint is then right and the append one statement; a head another
 * process moved costs one more, a head another process holds sends the event to another shard.
 * With `hold` (the unit of work's), a transaction keeps its shard leased until it ends.
 */
export async function recordAudit(tx: Executor, input: AuditEvent, hold?: AuditShardHold): Promise<void> {
  const inTransaction = tx instanceof PgTransaction;
  const kept = inTransaction ? shardOfTransaction.get(tx) : undefined;
  const leased = kept === undefined;
  const first = kept ?? leases.lease();
  let planned: PlannedAppend | undefined;
  let landed = false;
  try {
    await knowAuditHead(tx, first);
    planned = planAppend(input, first);
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      const [found] = rowsOf<{ seq: string | number; hash: string; appended: number }>(
        await appendEvent(tx, planned.values),
      );
      if (found?.appended === 1) {
        appendLanded(planned);
        landed = true;
        if (inTransaction) shardOfTransaction.set(tx, planned.shard);
        return;
      }
      if (!found && (!leased || attempt >= HELD_BEFORE_WAITING)) {
        // Every shard tried is held (or the transaction's own head is missing): wait for this one.
        const [head] = rowsOf<{ seq: string | number; hash: string }>(
          await waitForHead(tx, { shard: planned.shard }),
        );
        if (!head)
          throw new AppError('internal', `Audit chain head ${planned.shard} is missing (run the migrations)`);
        planned = planAppend(input, planned.shard, { seq: Number(head.seq), hash: head.hash });
        continue;
      }
      planned = replanAppend(input, planned, found && { seq: Number(found.seq), hash: found.hash });
    }
    throw new AppError('service_unavailable', 'The audit log is busy; try again');
  } finally {
    const shard = planned?.shard ?? first;
    if (leased) {
      if (landed && inTransaction && hold && hold.shard === undefined) hold.shard = shard;
      else leases.release(shard);
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
