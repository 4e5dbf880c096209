import { and, asc, desc, gte, lte, type SQL, sql } from 'drizzle-orm';
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
 * one request's events share a shard (chosen from its request id), so one transaction locks one head.
 */
export const AUDIT_SHARDS = 16;
/** Appends that found their shard head moved retry; past this many the request fails (503). */
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
 * The head this process last moved each shard to: a hint that saves re-reading the head before an
 * append. It may be stale (another process appended, or the transaction rolled back); the
 * conditional update below then matches nothing and the append re-reads the head from the table.
 */
const headHints = new Map<number, { seq: number; hash: string }>();

const headOf = builtSql<{ shard: number }>(
  sql`select seq, hash from audit_chain_heads where shard = ${sql.placeholder('shard')}`,
  'scribe_audit_head',
);

async function readHead(tx: Executor, shard: number) {
  const [head] = rowsOf<{ seq: string | number; hash: string }>(await headOf(tx, { shard }));
  if (!head) throw new AppError('internal', `Audit chain head ${shard} is missing (run the migrations)`);
  return { seq: Number(head.seq), hash: head.hash };
}

const p = (name: string) => sql.placeholder(name);
/**
 * Moves the shard's head and inserts the event, only if the head is still at `prevSeq`/`prevHash`
 * (built once: it runs with every audited request).
 */
const appendEvent = builtSql(
  sql`
    with moved as (
      update audit_chain_heads set seq = ${p('seq')}, hash = ${p('hash')}
      where shard = ${p('shard')} and seq = ${p('prevSeq')} and hash = ${p('prevHash')}
      returning 1
    )
    insert into audit_events (at, actor_id, actor_role, action, entity_type, entity_id, patient_id,
      outcome, request_id, severity, shard, seq, key_id, prev_hash, hash)
    select ${p('at')}::timestamptz, ${p('actorId')}::uuid, ${p('actorRole')}::text,
      ${p('action')}::text, ${p('entityType')}::text, ${p('entityId')}::text, ${p('patientId')}::uuid,
      ${p('outcome')}::audit_outcome, ${p('requestId')}::text, ${p('severity')}::text,
      ${p('shard')}::smallint, ${p('seq')}::bigint, ${p('keyId')}::text, ${p('prevHash')}::text, ${p('hash')}::text
    from moved
    returning id`,
  'scribe_audit_append',
);

/**
 * Appends an event to its shard's HMAC chain. Call inside the transaction of the write it records,
 * and last in it: the head row of the shard is locked from this append until commit, so only
 * requests on the same shard wait, and only for the rest of this transaction. Reads never wait.
 *
 * One statement moves the head and inserts the event only when the head is still where this
 * process believes it is (`seq = prevSeq`); a concurrent append makes that update wait for its
 * commit and then match nothing, and this append retries on the head read from the table.
 */
export async function recordAudit(tx: Executor, input: AuditEvent): Promise<void> {
  const { current: key } = auditKeyring();
  const event = { ...input, severity: input.severity ?? 'normal' };
  const shard = shardOf(input.requestId ?? input.actorId ?? input.entityId ?? '', AUDIT_SHARDS);
  let head = headHints.get(shard) ?? (await readHead(tx, shard));
  for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
    const position = { keyId: key.id, shard, seq: head.seq + 1, prevHash: head.hash };
    const hash = keyedEventHash(key, position, event);
    const inserted = rowsOf(
      await appendEvent(tx, {
        ...position,
        prevSeq: head.seq,
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
      }),
    );
    if (inserted.length === 1) {
      headHints.set(shard, { seq: position.seq, hash });
      for (const listener of appendListeners) listener();
      return;
    }
    head = await readHead(tx, shard);
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
