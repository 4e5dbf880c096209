import { sql } from 'drizzle-orm';
import { AUDIT_SHARDS } from '../audit/audit.service.js';
import { GENESIS_HASH } from '../audit/audit-hash.js';
import type { Db } from './client.js';

// Any constant works: it only keeps two servers starting at once from racing on the DDL below.
const POST_MIGRATE_LOCK = 727_275;

/**
 * Database objects drizzle-kit cannot express, applied after every migration run on PGlite and
 * PostgreSQL alike. One transaction, and nothing is dropped: a trigger is created only where it is
 * missing, so there is never a moment in which the audit tables are unprotected.
 */
export async function postMigrate(db: Db, kind: 'pglite' | 'postgres'): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${POST_MIGRATE_LOCK})`);
    // The audit log is append-only for the application: a rewrite needs a DBA who disables the
    // trigger, and the keyed chain and its checkpoints still expose what they changed.
    await tx.execute(sql`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    // A shard head only moves forward one event at a time; it is never deleted or rewound.
    await tx.execute(sql`
      CREATE OR REPLACE FUNCTION audit_chain_heads_forward_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' OR NEW.shard <> OLD.shard OR NEW.seq <> OLD.seq + 1 THEN
          RAISE EXCEPTION 'audit_chain_heads only moves forward: % is not allowed', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$`);
    const triggers: [name: string, table: string, definition: string][] = [
      [
        'audit_events_no_change',
        'audit_events',
        'BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
      ],
      [
        'audit_events_no_truncate',
        'audit_events',
        'BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
      ],
      [
        'audit_checkpoints_no_change',
        'audit_checkpoints',
        'BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
      ],
      [
        'audit_checkpoints_no_truncate',
        'audit_checkpoints',
        'BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
      ],
      [
        'audit_chain_heads_forward',
        'audit_chain_heads',
        'BEFORE UPDATE OR DELETE ON audit_chain_heads FOR EACH ROW EXECUTE FUNCTION audit_chain_heads_forward_only()',
      ],
      [
        'audit_chain_heads_no_truncate',
        'audit_chain_heads',
        'BEFORE TRUNCATE ON audit_chain_heads FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
      ],
    ];
    for (const [name, table, definition] of triggers) {
      const exists = (await tx.execute(
        sql`select 1 from pg_trigger where tgname = ${name} and tgrelid = ${table}::regclass`,
      )) as unknown as { rows: unknown[] };
      if (exists.rows.length === 0) await tx.execute(sql.raw(`CREATE TRIGGER ${name} ${definition}`));
    }
    // Superseded by per-shard head rows (server/audit/audit.service.ts): one global lock serialised every audited request.
    await tx.execute(sql`DROP FUNCTION IF EXISTS audit_chain_head(bigint)`);
    await tx.execute(sql`
      INSERT INTO audit_chain_heads (shard, seq, hash)
      SELECT g, 0, ${GENESIS_HASH} FROM generate_series(0, ${AUDIT_SHARDS - 1}::int) AS g
      ON CONFLICT (shard) DO NOTHING`);
    if (kind === 'postgres') {
      // Roles other than the owner (an application role, a reporting role) may only read and append.
      await tx.execute(sql`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_checkpoints FROM PUBLIC`);
      await tx.execute(sql`REVOKE DELETE, TRUNCATE ON audit_chain_heads FROM PUBLIC`);
    }
  });
}
