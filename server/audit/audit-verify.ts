import { asc, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.js';
import { auditCheckpoints, auditEvents, type CheckpointHead } from '../db/schema/index.js';
import { checkpointHash, type ExportedCheckpoint, LEGACY_SHARD } from './audit-checkpoints.js';
import {
  type ChainPosition,
  GENESIS_HASH,
  type HashedEvent,
  keyedEventHash,
  legacyEventHash,
  plainEventHash,
} from './audit-hash.js';
import { type AuditKeyring, auditKeyring, LEGACY_KEY_ID } from './audit-keys.js';

/**
 * What verification can find, each named for what happened:
 * - `row_edited`: an event's content no longer matches its HMAC (its link to the next event still holds).
 * - `row_deleted`: events are missing from the middle of a shard's chain (a gap in its seq).
 * - `tail_deleted`: the last events of a shard are gone: the shard head, a checkpoint or the
 *   exported anchor recorded more events than the table holds.
 * - `rehashed_without_key`: events whose hashes were recomputed with plain SHA-256 (a rewrite by
 *   someone who knew the formula but not the key).
 * - `rewritten_without_key`: a run of events forming a consistent chain that our key did not sign.
 * - `unknown_key`: events signed with a key id this server does not hold (add it as a retired key).
 * - `checkpoint_invalid`: a checkpoint whose signature or link to its predecessor does not verify.
 * - `checkpoint_mismatch`: an event differs from what a signed checkpoint recorded for it.
 * - `checkpoint_missing`: the exported anchor's checkpoint is no longer in the database.
 * - `head_mismatch`: a shard head row disagrees with the last event of its shard.
 */
export type AuditProblemKind =
  | 'row_edited'
  | 'row_deleted'
  | 'tail_deleted'
  | 'rehashed_without_key'
  | 'rewritten_without_key'
  | 'unknown_key'
  | 'checkpoint_invalid'
  | 'checkpoint_mismatch'
  | 'checkpoint_missing'
  | 'head_mismatch';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** Shard of the events concerned (-1: legacy events); null for checkpoint-only problems. */
  shard: number | null;
  fromSeq: number | null;
  toSeq: number | null;
  /** First stored event concerned, where one exists. */
  eventId: number | null;
  checkpointId: number | null;
  keyId?: string;
}

export interface ChainReport {
  valid: boolean;
  /** Events whose hash and link verified. */
  checked: number;
  /** Events from before keyed chains, verified with the old unkeyed formula. */
  legacy: number;
  shards: number;
  checkpoints: number;
  latestCheckpoint: { id: number; at: string } | null;
  problems: AuditProblem[];
  /** The first event named by a problem (for one-line reports). */
  firstBrokenId: number | null;
}

type EventRow = typeof auditEvents.$inferSelect;

const hashedOf = (r: EventRow): HashedEvent => ({
  at: r.at,
  actorId: r.actorId,
  actorRole: r.actorRole,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  patientId: r.patientId,
  outcome: r.outcome,
  requestId: r.requestId,
  severity: r.severity,
});

type Verdict = 'ok' | 'plain' | 'bad' | 'unknown_key';

interface BadRun {
  shard: number;
  fromSeq: number;
  toSeq: number;
  eventId: number;
  verdicts: Set<Verdict>;
  keyId: string;
}

/** Walks one shard's chain in seq order, collecting problems; returns its last seq and hash. */
class ShardWalk {
  lastSeq = 0;
  lastHash = GENESIS_HASH;
  lastVerdict: Verdict = 'ok';
  run: BadRun | null = null;

  constructor(
    readonly shard: number,
    private readonly keyring: AuditKeyring,
    private readonly problems: AuditProblem[],
  ) {}

  visit(r: EventRow): boolean {
    const seq = r.seq ?? 0;
    let linkOk = true;
    if (seq > this.lastSeq + 1) {
      this.flushRun();
      this.problems.push({
        kind: 'row_deleted',
        shard: this.shard,
        fromSeq: this.lastSeq + 1,
        toSeq: seq - 1,
        eventId: r.id,
        checkpointId: null,
      });
    } else linkOk = r.prevHash === this.lastHash;
    const position: ChainPosition = { keyId: r.keyId, shard: this.shard, seq, prevHash: r.prevHash };
    const event = hashedOf(r);
    const key = this.keyring.byId.get(r.keyId);
    let verdict: Verdict;
    if (key && r.hash === keyedEventHash(key, position, event)) verdict = 'ok';
    else if (r.hash === plainEventHash(position, event) || r.hash === legacyEventHash(r.prevHash, event))
      verdict = 'plain';
    else if (!key) verdict = 'unknown_key';
    else verdict = 'bad';
    // A valid event whose link does not match: the previous event was re-hashed (already in a run),
    // or this event's prev_hash was edited.
    if (verdict === 'ok' && !linkOk && this.lastVerdict === 'ok') verdict = 'bad';
    if (verdict === 'ok') this.flushRun();
    else if (this.run) {
      this.run.toSeq = seq;
      this.run.verdicts.add(verdict);
    } else
      this.run = {
        shard: this.shard,
        fromSeq: seq,
        toSeq: seq,
        eventId: r.id,
        verdicts: new Set([verdict]),
        keyId: r.keyId,
      };
    this.lastSeq = seq;
    this.lastHash = r.hash;
    this.lastVerdict = verdict;
    return verdict === 'ok';
  }

  flushRun() {
    const run = this.run;
    if (!run) return;
    this.run = null;
    const only = (v: Verdict) => run.verdicts.size === 1 && run.verdicts.has(v);
    const kind: AuditProblemKind = only('plain')
      ? 'rehashed_without_key'
      : only('unknown_key')
        ? 'unknown_key'
        : run.fromSeq === run.toSeq
          ? 'row_edited'
          : 'rewritten_without_key';
    this.problems.push({
      kind,
      shard: run.shard,
      fromSeq: run.fromSeq,
      toSeq: run.toSeq,
      eventId: run.eventId,
      checkpointId: null,
      ...(kind === 'unknown_key' ? { keyId: run.keyId } : {}),
    });
  }
}

const checkpointProblem = (kind: AuditProblemKind, checkpointId: number): AuditProblem => ({
  kind,
  shard: null,
  fromSeq: null,
  toSeq: null,
  eventId: null,
  checkpointId,
});

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function verifyLegacy(db: Executor, problems: AuditProblem[]) {
  let prevHash = GENESIS_HASH;
  let count = 0;
  let broken = false;
  const rows = await db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.keyId} = ${LEGACY_KEY_ID}`)
    .orderBy(asc(auditEvents.id));
  for (const r of rows) {
    count++;
    if (!broken && (r.prevHash !== prevHash || r.hash !== legacyEventHash(prevHash, hashedOf(r)))) {
      broken = true;
      problems.push({
        kind: 'row_edited',
        shard: LEGACY_SHARD,
        fromSeq: count,
        toSeq: count,
        eventId: r.id,
        checkpointId: null,
      });
    }
    prevHash = r.hash;
  }
  return { count, lastHash: rows.length ? prevHash : null, ok: count - (broken ? 1 : 0) };
}

/** Compares one checkpoint's heads with the events; a head beyond a shard's end is a deleted tail. */
async function checkHeads(
  db: Executor,
  checkpointId: number,
  heads: CheckpointHead[],
  ends: Map<number, number>,
  legacy: { count: number; lastHash: string | null },
  problems: AuditProblem[],
) {
  for (const h of heads) {
    if (h.shard === LEGACY_SHARD) {
      if (legacy.count < h.seq)
        problems.push({
          kind: 'tail_deleted',
          shard: LEGACY_SHARD,
          fromSeq: legacy.count + 1,
          toSeq: h.seq,
          eventId: null,
          checkpointId,
        });
      else if (legacy.count === h.seq && legacy.lastHash !== h.hash)
        problems.push({
          kind: 'checkpoint_mismatch',
          shard: LEGACY_SHARD,
          fromSeq: h.seq,
          toSeq: h.seq,
          eventId: null,
          checkpointId,
        });
      continue;
    }
    const [event] = rowsOf<{ id: string | number; hash: string }>(
      await db.execute(sql`select id, hash from audit_events where shard = ${h.shard} and seq = ${h.seq}`),
    );
    const end = ends.get(h.shard) ?? 0;
    if (!event && h.seq > end)
      problems.push({
        kind: 'tail_deleted',
        shard: h.shard,
        fromSeq: end + 1,
        toSeq: h.seq,
        eventId: null,
        checkpointId,
      });
    else if (event && event.hash !== h.hash)
      problems.push({
        kind: 'checkpoint_mismatch',
        shard: h.shard,
        fromSeq: h.seq,
        toSeq: h.seq,
        eventId: Number(event.id),
        checkpointId,
      });
  }
}

/**
 * Verifies every shard chain (HMAC, links, no gaps), the shard heads, the checkpoint chain and each
 * checkpoint's heads against the events, and — when given — an exported checkpoint kept elsewhere.
 */
export function verifyAuditChain(
  db: Db,
  opts: { anchor?: ExportedCheckpoint; keyring?: AuditKeyring; batchSize?: number } = {},
): Promise<ChainReport> {
  // One snapshot: on a live system, events appended while the walk runs must not look like a
  // head that ran ahead of its chain.
  return db.transaction((tx) => verifySnapshot(tx, opts), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

async function verifySnapshot(
  db: Executor,
  opts: { anchor?: ExportedCheckpoint; keyring?: AuditKeyring; batchSize?: number },
): Promise<ChainReport> {
  const keyring = opts.keyring ?? auditKeyring();
  const batchSize = opts.batchSize ?? 5000;
  const problems: AuditProblem[] = [];
  const legacy = await verifyLegacy(db, problems);
  let checked = legacy.ok;
  const ends = new Map<number, number>();
  const walks = new Map<number, ShardWalk>();
  let after = { shard: -1, seq: 0 };
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(
        sql`${auditEvents.keyId} <> ${LEGACY_KEY_ID} and (${auditEvents.shard}, ${auditEvents.seq}) > (${after.shard}, ${after.seq})`,
      )
      .orderBy(asc(auditEvents.shard), asc(auditEvents.seq))
      .limit(batchSize);
    for (const r of rows) {
      let walk = walks.get(r.shard);
      if (!walk) {
        for (const w of walks.values()) w.flushRun();
        walk = new ShardWalk(r.shard, keyring, problems);
        walks.set(r.shard, walk);
      }
      if (walk.visit(r)) checked++;
      ends.set(r.shard, r.seq ?? 0);
    }
    const last = rows.at(-1);
    if (!last) break;
    after = { shard: last.shard, seq: last.seq ?? 0 };
  }
  for (const w of walks.values()) w.flushRun();

  const heads = rowsOf<{ shard: number; seq: string | number; hash: string }>(
    await db.execute(sql`select shard, seq, hash from audit_chain_heads where seq > 0`),
  );
  for (const h of heads) {
    const shard = Number(h.shard);
    const end = ends.get(shard) ?? 0;
    const walk = walks.get(shard);
    if (Number(h.seq) > end)
      problems.push({
        kind: 'tail_deleted',
        shard,
        fromSeq: end + 1,
        toSeq: Number(h.seq),
        eventId: null,
        checkpointId: null,
      });
    else if (Number(h.seq) < end || walk?.lastHash !== h.hash)
      problems.push({
        kind: 'head_mismatch',
        shard,
        fromSeq: Number(h.seq),
        toSeq: end,
        eventId: null,
        checkpointId: null,
      });
  }

  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.id));
  let prevHash = GENESIS_HASH;
  for (const c of checkpoints) {
    const key = keyring.byId.get(c.keyId);
    const signed =
      key !== undefined &&
      c.prevHash === prevHash &&
      c.hash === checkpointHash(key, { at: c.at, keyId: c.keyId, heads: c.heads, prevHash: c.prevHash });
    prevHash = c.hash;
    if (!signed) {
      problems.push(checkpointProblem('checkpoint_invalid', c.id));
      continue;
    }
    await checkHeads(db, c.id, c.heads, ends, legacy, problems);
  }

  if (opts.anchor) {
    const a = opts.anchor;
    const key = keyring.byId.get(a.keyId);
    const at = new Date(a.at);
    if (!key || a.hash !== checkpointHash(key, { at, keyId: a.keyId, heads: a.heads, prevHash: a.prevHash }))
      problems.push(checkpointProblem('checkpoint_invalid', a.id));
    else {
      if (!checkpoints.some((c) => c.id === a.id && c.hash === a.hash))
        problems.push(checkpointProblem('checkpoint_missing', a.id));
      await checkHeads(db, a.id, a.heads, ends, legacy, problems);
    }
  }

  const latest = checkpoints.at(-1);
  return {
    valid: problems.length === 0,
    checked,
    legacy: legacy.count,
    shards: walks.size,
    checkpoints: checkpoints.length,
    latestCheckpoint: latest ? { id: latest.id, at: latest.at.toISOString() } : null,
    problems,
    firstBrokenId: problems.find((p) => p.eventId !== null)?.eventId ?? null,
  };
}
