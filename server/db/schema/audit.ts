import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const auditOutcomeEnum = pgEnum('audit_outcome', ['success', 'denied', 'error']);

/**
 * Who did what to which record. Never holds PHI text: ids and action names only. Events form K
 * independent chains (shards), each linked by an HMAC keyed with a server secret the database
 * never sees; `key_id` names the key. Rows from before keyed chains have key_id 'legacy' and no seq.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    patientId: uuid('patient_id'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    requestId: text('request_id'),
    severity: text('severity').notNull().default('normal'),
    /** Which chain (shard) the event belongs to, and its 1-based position there. */
    shard: smallint('shard').notNull().default(0),
    seq: bigint('seq', { mode: 'number' }),
    /** Id of the HMAC key that signed `hash`; 'legacy' = plain SHA-256 from before keyed chains. */
    keyId: text('key_id').notNull().default('legacy'),
    /** Hash of the previous event of the same shard: the chain makes edits or deletions detectable. */
    prevHash: text('prev_hash').notNull(),
    /**
     * Not unique-indexed: the index cost about a third of every append and protected nothing the
     * verification does not catch (an event copied elsewhere fails its HMAC, which covers its
     * shard and seq; the same position twice is refused by audit_events_shard_seq).
     */
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorId),
    index('audit_events_patient_idx').on(t.patientId),
    unique('audit_events_shard_seq').on(t.shard, t.seq),
    // Checkpoints count the legacy events every time: keep that an index-only scan.
    index('audit_events_legacy_idx').on(t.id).where(sql`${t.keyId} = 'legacy'`),
    check('audit_events_keyed_have_seq', sql`${t.keyId} = 'legacy' or ${t.seq} is not null`),
  ],
);

/** The last event of each shard: the row an append updates (and so locks) last in its transaction. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  shard: smallint('shard').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** One shard's head as a checkpoint saw it. Shard -1 summarises the legacy (unkeyed) events. */
export interface CheckpointHead {
  shard: number;
  seq: number;
  hash: string;
}

/**
 * Signed snapshots of every shard head, chained like the events. They anchor the chain heads
 * outside the event table: deleting the tail or rewriting the chain no longer matches them, and an
 * exported checkpoint (`npm run audit:verify -- --export-checkpoint`) anchors them outside the database.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  keyId: text('key_id').notNull(),
  heads: jsonb('heads').$type<CheckpointHead[]>().notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull().unique(),
});
