import { and, asc, desc, gte, lte, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.js';
import { builtSql } from '../db/built-query.js';
import type { Executor } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import type { AuditEvent } from './audit-actions.js';
import { keyedEventHash, shardOf } from './audit-hash.js';
import { auditKeyring } from './audit-keys.js';

export type { AuditAction, AuditEvent } from './audit-actions.js';

/**
 * Independent chains the log is split into. Appends on different shards never wait for each other;
 * one request's events share a shard (preferably the one its request id maps to), so one
 * transaction locks one head. More shards than the cluster's pooled connections, so an append
 * nearly always finds a head nobody holds (a head is held from its append to its commit).
 */
export const AUDIT_SHARDS = 64;
/** Appends outside a transaction whose head moved retry; past this many the request fails (503). */
const MAX_APPEND_ATTEMPTS = 100;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

type AppendListener = () => void;
const appendListeners = new Set<AppendListener>();
/** Called after each append (e.g. to write a checkpoint every N events). Returns an unsubscribe. */
export const onAuditAppended = (listener: AppendListener) => {
  appendListeners.add(listener);
  return () => appendListeners.delete(listener);
};

/**
 * The head this process last moved each shard to: a hint that saves reading the head before an
 * append. It may be stale (another process appended, or the transaction rolled back); the
 * conditional append below then matches nothing and the head is read (and locked) from the table.
 */
const headHints = new Map<number, { seq: number; hash: string }>();

/** The shard each open transaction appended to: its later events go to the head it already holds. */
const shardOfTransaction = new WeakMap<object, number>();

/**
 * Locks a shard head nobody else holds, the preferred one if it is free, and returns it as
 * committed. SKIP LOCKED: an append never waits behind another transaction's head (held until that
 * transaction commits); it takes a free shard instead, the nearest after the preferred one, so
 * appenders spread over the shards. Nothing when every head is held.
 */
const lockFreeHead = builtSql<{ preferred: number }>(
  sql`select shard, seq, hash from audit_chain_heads
    order by (shard - ${sql.placeholder('preferred')} + ${AUDIT_SHARDS}) % ${AUDIT_SHARDS}
    limit 1 for update skip locked`,
  'scribe_audit_free_head',
);

/** Waits for the preferred shard's head: only when every head is held (more appenders than shards). */
const lockHead = builtSql<{ shard: number }>(
  sql`select shard, seq, hash from audit_chain_heads where shard = ${sql.placeholder('shard')} for update`,
  'scribe_audit_head',
);

type Head = { shard: number; seq: number; hash: string };

async function lockedHead(tx: Executor, preferred: number): Promise<Head> {
  const [free] = rowsOf<{ shard: number; seq: string | number; hash: string }>(
    await lockFreeHead(tx, { preferred }),
  );
  const [head] = free
    ? [free]
    : rowsOf<{ shard: number; seq: string | number; hash: string }>(await lockHead(tx, { shard: preferred }));
  if (!head) throw new AppError('internal', `Audit chain head ${preferred} is missing (run the migrations)`);
  return { shard: Number(head.shard), seq: Number(head.seq), hash: head.hash };
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
 * shard. A head that moved (a stale hint) comes back with `appended` 0, locked in a transaction, so
 * the retry on it is one statement.
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
  // A shard never appended to by this process: its head is read from the table like a stale one.
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
  headHints.set(planned.shard, { seq: planned.seq, hash: planned.hash });
  for (const listener of appendListeners) listener();
}

/** The shard an event of this request prefers (one request's events share it). */
export const preferredShard = (input: Pick<AuditEvent, 'requestId' | 'actorId' | 'entityId'>) =>
  shardOf(input.requestId ?? input.actorId ?? input.entityId ?? '', AUDIT_SHARDS);

/**
 * Appends an event to a shard's HMAC chain. Call inside the transaction of the write it records,
 * and last in it: the shard's head row stays locked from this append until commit. No append
 * waits for that lock: each takes a head no other transaction holds (SKIP LOCKED), so concurrent
 * requests, in this process or another, never queue behind one another's commits. Reads never wait.
 *
 * The preferred shard is the one the request id maps to (one request's events share it). With a
 * fresh hint of its head the append is one statement; with a stale one, two (the first returns
 * the head). When another transaction holds it, a free head is locked and read (the nearest after
 * the preferred one) and the event appended there.
 */
export async function recordAudit(tx: Executor, input: AuditEvent): Promise<void> {
  const inTransaction = tx instanceof PgTransaction;
  const preferred = (inTransaction ? shardOfTransaction.get(tx) : undefined) ?? preferredShard(input);
  let planned = planAppend(input, preferred);
  for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
    const [found] = rowsOf<{ seq: string | number; hash: string; appended: number }>(
      await appendEvent(tx, planned.values),
    );
    if (found?.appended === 1) {
      appendLanded(planned);
      if (inTransaction) shardOfTransaction.set(tx, planned.shard);
      return;
    }
    // Moved: retry on the head as it is. Held by another transaction: take a free one.
    const head = found
      ? { shard: planned.shard, seq: Number(found.seq), hash: found.hash }
      : await lockedHead(tx, planned.shard);
    planned = planAppend(input, head.shard, head);
  }
  throw new AppError('service_unavailable', 'The audit log is busy; try again');
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
