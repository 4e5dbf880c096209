import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createTestDatabase, type TestDatabaseKind, testDatabaseKinds } from '../db/test-db.js';
import { recordAudit, verifyAuditChain } from './audit.service.js';

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
        action: `test.event.${i}`,
        entityType: 'test',
        entityId: null,
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
    expect(await verifyAuditChain(db)).toEqual({ checked: 3, valid: true, firstBrokenId: null });
  });

  it('still accepts appends', async () => {
    await recordAudit(database.db, {
      at: new Date(Date.UTC(2026, 0, 2)),
      actorId: null,
      actorRole: null,
      action: 'test.append',
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
            action: `test.parallel.${i}`,
            entityType: 'test',
            entityId: null,
            patientId: null,
            outcome: 'success',
            requestId: null,
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toEqual({ checked: 34, valid: true, firstBrokenId: null });
  });

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
