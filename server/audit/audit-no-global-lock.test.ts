import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { recordAudit } from './audit.service.js';
import { verifyAuditChain } from './audit-verify.js';
import { rowsOf, shardOfRequest } from './test-support/audit-fixtures.js';

/** A one-shot signal between the held transaction and the test. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { fired, fire };
}

const settled = <T>(p: Promise<T>, ms: number): Promise<T | 'pending'> =>
  Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

/**
 * One audited transaction held open after its audit event (its shard's head row stays locked until
 * it commits) must not hold up any other request. Under the old single `pg_advisory_xact_lock`
 * every audited request waited for that commit; under per-shard heads taken with a plain row lock,
 * a request on the same shard still did (and two server processes, each with a pool of
 * connections, queued on heads that way under load: bench:load's tail). PostgreSQL only: PGlite
 * has one connection, so its transactions take turns whatever the audit does.
 */
describe.runIf(testDatabaseKinds().includes('postgres'))(
  'audited requests on PostgreSQL do not wait for one another (no global lock, no head waits)',
  () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestContext('postgres');
    });
    afterAll(() => t.close());

    it('requests on another shard and on the held shard complete while one transaction is held open mid-audit', async () => {
      const mine = await startEncounter(t, { mrn: 'LOCK-1' });
      const theirs = await startEncounter(t, { mrn: 'LOCK-2' }, t.tokens.clinician2);
      const heldId = 'held-nolock';
      const otherShardId = 'other-nolock';
      const sameShardId = 'same-nolock';

      const held = signal();
      const midAudit = signal();
      let heldShard = -1;
      const open = t.database.db.transaction(async (tx) => {
        await recordAudit(tx, {
          at: t.now.value,
          actorId: t.userIds.clinician,
          actorRole: 'clinician',
          action: 'encounter.read',
          entityType: 'encounter',
          entityId: mine.id,
          patientId: null,
          outcome: 'success',
          requestId: heldId,
        });
        // A transaction without a unit of work's hold gives its shard back with its append: the
        // next append of this process leases that shard first and finds its head locked.
        heldShard = await shardOfRequest(tx, heldId);
        midAudit.fire();
        await held.fired; // the request is still working after its audit event: its shard head stays locked
      });
      await midAudit.fired;
      const read = (id: string, token: string, requestId: string) =>
        t.call('GET', `/encounters/${id}`, { token, headers: { 'x-request-id': requestId } });
      const upload = (requestId: string) =>
        t.call('POST', `/encounters/${mine.id}/segments`, {
          token: t.tokens.clinician,
          headers: { 'x-request-id': requestId },
          body: { segments: [{ seq: 1, startMs: 0, endMs: 900, speaker: 'patient', text: 'Better.' }] },
        });
      try {
        const within = async <T>(p: Promise<T>) => {
          const r = await settled(p, 30_000);
          if (r === 'pending') throw new Error('still waiting after 30 s');
          return r;
        };
        expect((await within(read(theirs.id, t.tokens.clinician2, otherShardId))).status).toBe(200);
        // The shard leased first has its head held: the read and the upload each take another.
        expect((await within(read(mine.id, t.tokens.clinician, sameShardId))).status).toBe(200);
        expect((await within(upload(`${sameShardId}-upload`))).status).toBe(201);
        // The hold is real: the head is still locked by the open transaction.
        const locked = await t.database.db
          .transaction(async (tx) => {
            await tx.execute(
              sql`select 1 from audit_chain_heads where shard = ${heldShard} for update nowait`,
            );
          })
          .then(
            () => 'free',
            () => 'locked',
          );
        expect(locked).toBe('locked');
      } finally {
        held.fire();
        await open;
      }
      const shards = rowsOf<{ requestId: string; shard: number }>(
        await t.database.db.execute(
          sql`select request_id as "requestId", shard from audit_events
            where request_id in (${otherShardId}, ${sameShardId}, ${`${sameShardId}-upload`})`,
        ),
      );
      expect(shards.length).toBe(3);
      for (const e of shards) expect(e.shard).not.toBe(heldShard);
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ valid: true, problems: [] });
    });
  },
);
