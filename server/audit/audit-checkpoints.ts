import { createHmac } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../db/client.js';
import { auditCheckpoints, type CheckpointHead } from '../db/schema/index.js';
import { onAuditAppended } from './audit.service.js';
import { GENESIS_HASH } from './audit-hash.js';
import { type AuditKey, auditKeyring } from './audit-keys.js';

// Any constant works: it keeps two servers from forking the checkpoint chain (taken once a minute, not per request).
const CHECKPOINT_LOCK = 727_276;
/** `heads` entry summarising the events from before keyed chains. */
export const LEGACY_SHARD = -1;

export const exportedCheckpointSchema = z.object({
  format: z.literal('scribe-audit-checkpoint/1'),
  id: z.number().int().positive(),
  at: z.iso.datetime(),
  keyId: z.string(),
  heads: z.array(z.object({ shard: z.number().int(), seq: z.number().int().min(0), hash: z.string() })),
  prevHash: z.string(),
  hash: z.string(),
});
export type ExportedCheckpoint = z.infer<typeof exportedCheckpointSchema>;

const sortedHeads = (heads: CheckpointHead[]) =>
  [...heads].sort((a, b) => a.shard - b.shard).map((h) => ({ shard: h.shard, seq: h.seq, hash: h.hash }));

export const checkpointHash = (
  key: AuditKey,
  c: { at: Date; keyId: string; heads: CheckpointHead[]; prevHash: string },
) =>
  createHmac('sha256', key.secret)
    .update(
      JSON.stringify([
        'scribe-audit-checkpoint-v1',
        c.at.toISOString(),
        c.keyId,
        sortedHeads(c.heads).map((h) => [h.shard, h.seq, h.hash]),
        c.prevHash,
      ]),
    )
    .digest('hex');

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Every shard head as committed now, plus the legacy events' count and last hash. */
export async function currentHeads(db: Executor): Promise<CheckpointHead[]> {
  const heads = rowsOf<{ shard: number; seq: string | number; hash: string }>(
    await db.execute(sql`select shard, seq, hash from audit_chain_heads where seq > 0 order by shard`),
  ).map((h) => ({ shard: Number(h.shard), seq: Number(h.seq), hash: h.hash }));
  const [legacy] = rowsOf<{ n: string | number; hash: string | null }>(
    await db.execute(sql`
      select count(*) as n,
        (select hash from audit_events where key_id = 'legacy' order by id desc limit 1) as hash
      from audit_events where key_id = 'legacy'`),
  );
  if (legacy && Number(legacy.n) > 0 && legacy.hash)
    heads.unshift({ shard: LEGACY_SHARD, seq: Number(legacy.n), hash: legacy.hash });
  return heads;
}

const sameHeads = (a: CheckpointHead[], b: CheckpointHead[]) =>
  JSON.stringify(sortedHeads(a)) === JSON.stringify(sortedHeads(b));

/**
 * Writes a signed checkpoint of every shard head, chained to the previous checkpoint. Returns the
 * latest checkpoint (the existing one when nothing was appended since), or null on an empty log.
 */
export async function writeCheckpoint(db: Db, at: Date) {
  const key = auditKeyring().current;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK})`);
    const [last] = await tx.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
    const heads = await currentHeads(tx);
    if (heads.length === 0) return last ?? null;
    if (last && sameHeads(last.heads, heads)) return last;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = checkpointHash(key, { at, keyId: key.id, heads, prevHash });
    const [row] = await tx
      .insert(auditCheckpoints)
      .values({ at, keyId: key.id, heads: sortedHeads(heads), prevHash, hash })
      .returning();
    return row ?? null;
  });
}

/** A fresh checkpoint as a file's content: keep it off this server (another host, WORM storage, print). */
export async function exportCheckpoint(db: Db, at: Date): Promise<ExportedCheckpoint | null> {
  const row = await writeCheckpoint(db, at);
  if (!row) return null;
  return {
    format: 'scribe-audit-checkpoint/1',
    id: row.id,
    at: row.at.toISOString(),
    keyId: row.keyId,
    heads: sortedHeads(row.heads),
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export interface CheckpointSchedule {
  /** Write a checkpoint at least this often while events are appended. */
  intervalMs: number;
  /** …and as soon as this many events were appended in this process since the last one. */
  everyEvents: number;
  clock: () => Date;
  onError: (e: unknown) => void;
}

/** Checkpoints every `intervalMs` and every `everyEvents` appends; `stop()` writes a last one (shutdown). */
export function startAuditCheckpoints(db: Db, schedule: CheckpointSchedule) {
  let appended = 0;
  let running: Promise<unknown> = Promise.resolve();
  const checkpoint = () => {
    appended = 0;
    running = running.then(() => writeCheckpoint(db, schedule.clock())).catch(schedule.onError);
    return running;
  };
  const timer = setInterval(checkpoint, schedule.intervalMs);
  timer.unref();
  const unsubscribe = onAuditAppended(() => {
    if (++appended >= schedule.everyEvents) void checkpoint();
  });
  return {
    stop: async () => {
      clearInterval(timer);
      unsubscribe();
      await checkpoint();
    },
  };
}
