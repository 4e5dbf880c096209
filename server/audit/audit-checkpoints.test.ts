import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { createTestDatabase, type TestDatabaseKind, testDatabaseKinds } from '../test-support/test-db.js';
import { startAuditCheckpoints, writeCheckpoint } from './audit-checkpoints.js';
import { verifyAuditChain } from './audit-verify.js';
import { appendEvents } from './test-support/audit-fixtures.js';

describe.each(testDatabaseKinds())('audit checkpoints (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind as TestDatabaseKind);
  });
  afterAll(() => database.close());

  it('writes nothing on an empty log, one per change, and none while nothing changed', async () => {
    expect(await writeCheckpoint(database.db, new Date())).toBeNull();
    await appendEvents(database.db, 2);
    const first = await writeCheckpoint(database.db, new Date());
    expect(await writeCheckpoint(database.db, new Date())).toEqual(first);
    await appendEvents(database.db, 1, { start: 2 });
    const second = await writeCheckpoint(database.db, new Date());
    expect(second!.id).toBeGreaterThan(first!.id);
    expect(second!.prevHash).toBe(first!.hash);
  });

  it('checkpoints every N appended events and once more at shutdown', async () => {
    const errors: unknown[] = [];
    const schedule = startAuditCheckpoints(database.db, {
      intervalMs: 3_600_000,
      everyEvents: 3,
      clock: () => new Date(),
      onError: (e) => errors.push(e),
    });
    const before = (await verifyAuditChain(database.db)).checkpoints;
    await appendEvents(database.db, 3, { start: 10 });
    await appendEvents(database.db, 1, { start: 13 });
    await schedule.stop();
    const after = await verifyAuditChain(database.db);
    expect(errors).toEqual([]);
    expect(after.checkpoints).toBe(before + 2);
    expect(after.valid).toBe(true);
  });
});
