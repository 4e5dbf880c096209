import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Database objects drizzle-kit cannot express, applied after every migration run on PGlite and
 * PostgreSQL alike. Each statement is idempotent, so running it on every start is safe.
 */
export async function postMigrate(db: Db, kind: 'pglite' | 'postgres'): Promise<void> {
  // The audit log is append-only for the application: a rewrite needs a DBA who disables the trigger,
  // and the hash chain still exposes what they changed.
  await db.execute(sql`
    CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$`);
  await db.execute(sql`DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events`);
  await db.execute(sql`
    CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  await db.execute(sql`DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events`);
  await db.execute(sql`
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  // Takes the audit chain lock and reads the chain head in one round trip. VOLATILE plpgsql takes a
  // fresh snapshot per statement, so the SELECT sees every append committed before the lock was ours.
  await db.execute(sql`
    CREATE OR REPLACE FUNCTION audit_chain_head(lock_key bigint) RETURNS text
    LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(lock_key);
      RETURN (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1);
    END
    $$`);
  if (kind === 'postgres') {
    // Roles other than the owner (an application role, a reporting role) may only read and append.
    await db.execute(sql`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC`);
  }
}
