import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import {
  createTestDatabase,
  type TestDatabaseKind,
  testAuditKeyring,
  testDatabaseKinds,
} from '../test-support/test-db.js';
import { exportCheckpoint, writeCheckpoint } from './audit-checkpoints.js';
import { GENESIS_HASH, legacyEventHash } from './audit-hash.js';
import { installAuditKeyring, makeKeyring } from './audit-keys.js';
import { verifyAuditChain } from './audit-verify.js';
import { auditVerifyReport } from './audit-verify-report.js';
import {
  appendEvents,
  asDba,
  resetAuditLog,
  rewriteShard,
  rowsOf,
  shardOfRequest,
} from './test-support/audit-fixtures.js';

const kinds = (r: { problems: { kind: string }[] }) => r.problems.map((p) => p.kind);

describe.each(testDatabaseKinds())('audit chain tamper evidence (%s)', (kind) => {
  let database: Database;
  /** The shard of the eight 'req-fixed' events. */
  let SHARD: number;
  const seqId = async (seq: number) =>
    Number(
      rowsOf<{ id: string }>(
        await database.db.execute(sql`select id from audit_events where shard = ${SHARD} and seq = ${seq}`),
      )[0]!.id,
    );
  beforeAll(async () => {
    database = await createTestDatabase(kind as TestDatabaseKind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await resetAuditLog(database.db);
    await appendEvents(database.db, 8);
    await appendEvents(database.db, 4, { requestId: (i) => `other-${i}`, start: 100, elsewhere: true });
    SHARD = await shardOfRequest(database.db);
  });
  afterEach(() => installAuditKeyring(testAuditKeyring));

  it('verifies an untouched log, across shards', async () => {
    await writeCheckpoint(database.db, new Date());
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ valid: true, checked: 12, problems: [], checkpoints: 1 });
    expect(report.shards).toBeGreaterThan(1);
  });

  it('row edit: names the edited event', async () => {
    const victim = await seqId(3);
    await asDba(database.db, () =>
      database.db.execute(sql`update audit_events set entity_id = 'someone-else' where id = ${victim}`),
    );
    const report = await verifyAuditChain(database.db);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'row_edited', shard: SHARD, fromSeq: 3, toSeq: 3, eventId: victim }),
    ]);
    const { message } = await auditVerifyReport(database.db);
    expect(message).toContain(`EDITED: shard ${SHARD} event 3 (first: #${victim}`);
  });

  it('row delete in the middle: names the missing positions', async () => {
    const victim = await seqId(4);
    await asDba(database.db, () => database.db.execute(sql`delete from audit_events where id = ${victim}`));
    const report = await verifyAuditChain(database.db);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'row_deleted', shard: SHARD, fromSeq: 4, toSeq: 4 }),
    ]);
    expect((await auditVerifyReport(database.db)).message).toContain('DELETED: shard');
  });

  it('a copied event (its hash again, at a new position, the head moved to it): caught by its HMAC', async () => {
    // No unique index on hash refuses the copy (it cost a third of every append): the chain does.
    const eighth = rowsOf<{ hash: string }>(
      await database.db.execute(sql`select hash from audit_events where shard = ${SHARD} and seq = 8`),
    )[0]!;
    await asDba(database.db, async () => {
      await database.db.execute(sql`
        insert into audit_events (at, actor_id, actor_role, action, entity_type, entity_id, patient_id,
          outcome, request_id, severity, shard, seq, key_id, prev_hash, hash)
        select at, actor_id, actor_role, action, entity_type, entity_id, patient_id, outcome, request_id,
          severity, shard, 9, key_id, ${eighth.hash}, hash
        from audit_events where shard = ${SHARD} and seq = 3`);
      const copy = rowsOf<{ hash: string }>(
        await database.db.execute(sql`select hash from audit_events where shard = ${SHARD} and seq = 9`),
      )[0]!;
      await database.db.execute(
        sql`update audit_chain_heads set seq = 9, hash = ${copy.hash} where shard = ${SHARD}`,
      );
    });
    const report = await verifyAuditChain(database.db);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'row_edited', shard: SHARD, fromSeq: 9, toSeq: 9 }),
    ]);
    // The same position twice is still refused by the database.
    await expect(
      database.db.execute(sql`
        insert into audit_events (at, action, entity_type, outcome, shard, seq, key_id, prev_hash, hash)
        select at, action, entity_type, outcome, shard, seq, key_id, prev_hash, hash || 'x'
        from audit_events where shard = ${SHARD} and seq = 4`),
    ).rejects.toThrow();
  });

  it('tail deletion: caught by the shard head, then by a checkpoint when the head is rewound too', async () => {
    await writeCheckpoint(database.db, new Date());
    await asDba(database.db, () =>
      database.db.execute(sql`delete from audit_events where shard = ${SHARD} and seq > 6`),
    );
    expect(kinds(await verifyAuditChain(database.db))).toContain('tail_deleted');

    const sixth = rowsOf<{ hash: string }>(
      await database.db.execute(sql`select hash from audit_events where shard = ${SHARD} and seq = 6`),
    )[0]!;
    await asDba(database.db, () =>
      database.db.execute(
        sql`update audit_chain_heads set seq = 6, hash = ${sixth.hash} where shard = ${SHARD}`,
      ),
    );
    const report = await verifyAuditChain(database.db);
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'tail_deleted',
        shard: SHARD,
        fromSeq: 7,
        toSeq: 8,
        checkpointId: expect.any(Number),
      }),
    ]);
    expect((await auditVerifyReport(database.db)).message).toContain('TAIL DELETED');
  });

  it('tail deletion with the checkpoints deleted too: caught by the exported checkpoint', async () => {
    const anchor = await exportCheckpoint(database.db, new Date());
    await asDba(database.db, async () => {
      await database.db.execute(sql`delete from audit_events where shard = ${SHARD} and seq > 6`);
      const sixth = rowsOf<{ hash: string }>(
        await database.db.execute(sql`select hash from audit_events where shard = ${SHARD} and seq = 6`),
      )[0]!;
      await database.db.execute(
        sql`update audit_chain_heads set seq = 6, hash = ${sixth.hash} where shard = ${SHARD}`,
      );
      await database.db.execute(sql`delete from audit_checkpoints`);
    });
    expect((await verifyAuditChain(database.db)).valid).toBe(true); // nothing inside the database shows it…
    const report = await verifyAuditChain(database.db, { anchor: anchor! }); // …the anchor kept elsewhere does
    expect(kinds(report)).toEqual(['checkpoint_missing', 'tail_deleted']);
  });

  it('full rewrite with recomputed plain hashes: every event flagged, and the checkpoint disagrees', async () => {
    await writeCheckpoint(database.db, new Date());
    await asDba(database.db, () => rewriteShard(database.db, SHARD, 'plain'));
    const report = await verifyAuditChain(database.db);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'rehashed_without_key', shard: SHARD, fromSeq: 1, toSeq: 8 }),
        expect.objectContaining({ kind: 'checkpoint_mismatch', shard: SHARD, fromSeq: 8 }),
      ]),
    );
    expect((await auditVerifyReport(database.db)).message).toContain(
      'plain SHA-256 hashes recomputed without the key',
    );
  });

  it('rewrite with a key that is not ours: a consistent chain the audit key did not sign', async () => {
    await asDba(database.db, () => rewriteShard(database.db, SHARD, randomBytes(32)));
    const report = await verifyAuditChain(database.db);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'rewritten_without_key', shard: SHARD, fromSeq: 1, toSeq: 8 }),
    ]);
    expect((await auditVerifyReport(database.db)).message).toContain('REWRITTEN WITHOUT THE KEY');
  });

  it('a forged checkpoint is invalid', async () => {
    await writeCheckpoint(database.db, new Date());
    await asDba(database.db, () =>
      database.db.execute(sql`update audit_checkpoints set heads = '[]'::jsonb`),
    );
    expect(kinds(await verifyAuditChain(database.db))).toEqual(['checkpoint_invalid']);
  });

  it('key rotation: events signed before it verify with the retired key, and not without it', async () => {
    const next = { id: 'next', secret: randomBytes(32) };
    installAuditKeyring(makeKeyring(next, [testAuditKeyring.current]));
    await appendEvents(database.db, 3, { start: 50 });
    await writeCheckpoint(database.db, new Date());
    expect(await verifyAuditChain(database.db)).toMatchObject({ valid: true, checked: 15 });
    const forgotten = await verifyAuditChain(database.db, { keyring: makeKeyring(next) });
    expect(kinds(forgotten)).toContain('unknown_key');
    expect(forgotten.problems.find((p) => p.kind === 'unknown_key')?.keyId).toBe('test');
  });

  it('events from before keyed chains verify with the old formula and are anchored by the next checkpoint', async () => {
    await resetAuditLog(database.db);
    let prevHash = GENESIS_HASH;
    for (let i = 0; i < 3; i++) {
      const e = {
        at: new Date(Date.UTC(2025, 0, 1, 0, i)),
        actorId: null,
        actorRole: 'admin',
        action: 'user.create',
        entityType: 'user',
        entityId: `u${i}`,
        patientId: null,
        outcome: 'success',
        requestId: null,
        severity: 'normal',
      };
      const hash = legacyEventHash(prevHash, e);
      await database.db.execute(sql`
        insert into audit_events (at, actor_role, action, entity_type, entity_id, outcome, severity, prev_hash, hash)
        values (${e.at.toISOString()}, 'admin', 'user.create', 'user', ${e.entityId}, 'success', 'normal', ${prevHash}, ${hash})`);
      prevHash = hash;
    }
    await appendEvents(database.db, 2);
    await writeCheckpoint(database.db, new Date());
    expect(await verifyAuditChain(database.db)).toMatchObject({ valid: true, legacy: 3, checked: 5 });
    await asDba(database.db, () =>
      database.db.execute(sql`delete from audit_events where key_id = 'legacy' and entity_id = 'u2'`),
    );
    expect((await verifyAuditChain(database.db)).problems).toEqual([
      expect.objectContaining({ kind: 'tail_deleted', shard: -1, fromSeq: 3, toSeq: 3 }),
    ]);
  });
});
