import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { postMigrate } from '../db/post-migrate.js';
import { createTestDatabase, type TestDatabaseKind, testDatabaseKinds } from '../test-support/test-db.js';
import { recordAudit } from './audit.service.js';
import { verifyAuditChain } from './audit-verify.js';

const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;

describe.each(testDatabaseKinds())('the audit log is append-only in the database (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind as TestDatabaseKind);
    for (let i = 0; i < 3; i++) {
      await recordAudit(database.db, {
        at: new Date(Date.UTC(2026, 0, 1, 0, i)),
        actorId: null,
        actorRole: null,
        action: 'encounter.read',
        entityId: `e${i}`,
        entityType: 'test',
        patientId: null,
        outcome: 'success',
        requestId: null,
      });
    }
  });
  afterAll(() => database.close());

  it('refuses UPDATE, DELETE and TRUNCATE, and the chain stays intact', async () => {
    const { db } = database;
    await expect(db.execute(sql`update audit_events set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const count = rowsOf(await db.execute(sql`select count(*)::int as n from audit_events`))[0];
    expect(count?.n).toBe(3);
    expect(await verifyAuditChain(db)).toMatchObject({ checked: 3, valid: true, problems: [] });
  });

  it('still accepts appends', async () => {
    await recordAudit(database.db, {
      at: new Date(Date.UTC(2026, 0, 2)),
      actorId: null,
      actorRole: null,
      action: 'note.read',
      entityType: 'test',
      entityId: null,
      patientId: null,
      outcome: 'success',
      requestId: null,
    });
    expect((await verifyAuditChain(database.db)).checked).toBe(4);
  });

  it('keeps one unbroken chain when many transactions append at once', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        database.db.transaction((tx) =>
          recordAudit(tx, {
            at: new Date(Date.UTC(2026, 0, 3, 0, 0, i)),
            actorId: null,
            actorRole: null,
            action: 'transcript.append',
            entityType: 'test',
            entityId: null,
            patientId: null,
            outcome: 'success',
            requestId: `parallel-${i}`,
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ checked: 34, valid: true, problems: [] });
  });

  it('re-running the post-migration setup neither drops nor re-creates the triggers, nor resets the heads', async () => {
    const triggers = async () =>
      rowsOf(
        await database.db.execute(sql`
          select tgname, oid::text as oid from pg_trigger
          where tgrelid in ('audit_events'::regclass, 'audit_checkpoints'::regclass, 'audit_chain_heads'::regclass)
            and not tgisinternal order by tgname`),
      );
    const heads = async () =>
      rowsOf(await database.db.execute(sql`select * from audit_chain_heads order by shard`));
    const before = { triggers: await triggers(), heads: await heads() };
    expect(before.triggers.map((t) => t.tgname)).toEqual(
      expect.arrayContaining([
        'audit_events_no_change',
        'audit_checkpoints_no_change',
        'audit_chain_heads_forward',
      ]),
    );
    await postMigrate(database.db, kind as TestDatabaseKind);
    expect({ triggers: await triggers(), heads: await heads() }).toEqual(before);
    expect((await verifyAuditChain(database.db)).valid).toBe(true);
  });

  it('a shard head only moves forward', async () => {
    await expect(
      database.db.execute(sql`update audit_chain_heads set seq = 0 where seq > 0`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_chain_heads`)).rejects.toThrow();
  });

  it.runIf(kind === 'postgres')(
    'an open audited transaction does not hold up audited requests on other shards (no global lock)',
    async () => {
      const [a, b] = ['req-a', 'req-b'];
      const event = (requestId: string) => ({
        at: new Date(),
        actorId: null,
        actorRole: null,
        action: 'note.read' as const,
        entityType: 'note',
        entityId: null,
        patientId: null,
        outcome: 'success' as const,
        requestId,
      });
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let appended!: () => void;
      const inA = new Promise<void>((r) => {
        appended = r;
      });
      const slow = database.db.transaction(async (tx) => {
        await recordAudit(tx, event(a!));
        appended();
        await held; // request A is still working after its audit event
      });
      await inA;
      try {
        // With one global advisory lock this waited for A's commit and failed on the lock timeout.
        await database.db.transaction(async (tx) => {
          await tx.execute(sql`set local lock_timeout = '2s'`);
          await recordAudit(tx, event(b!));
        });
      } finally {
        release();
        await slow;
      }
      expect((await verifyAuditChain(database.db)).valid).toBe(true);
    },
  );

  it.runIf(kind === 'postgres')('revokes UPDATE, DELETE and TRUNCATE from PUBLIC', async () => {
    const grants = rowsOf(
      await database.db.execute(sql`
        select privilege_type from information_schema.role_table_grants
        where table_name = 'audit_events' and grantee = 'PUBLIC'`),
    ).map((r) => r.privilege_type);
    expect(grants).not.toContain('UPDATE');
    expect(grants).not.toContain('DELETE');
    expect(grants).not.toContain('TRUNCATE');
    // A role that is not the owner cannot rewrite history even with the trigger disabled.
    const role = `audit_reader_${Date.now()}`;
    await database.db.execute(sql.raw(`create role ${role}`));
    try {
      await database.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`grant select, insert on audit_events to ${role}`));
        await tx.execute(sql.raw(`set local role ${role}`));
        await expect(tx.execute(sql`select count(*) from audit_events`)).resolves.toBeDefined();
        await tx.execute(sql`savepoint s`);
        const denied = await tx.execute(sql`delete from audit_events`).catch((e: unknown) => e);
        expect(String((denied as { cause?: unknown }).cause)).toMatch(/permission denied/);
        await tx.execute(sql`rollback to savepoint s`);
      });
    } finally {
      await database.db.execute(sql.raw(`revoke all on audit_events from ${role}`));
      await database.db.execute(sql.raw(`drop role ${role}`));
    }
  });
});
