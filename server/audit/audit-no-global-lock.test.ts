import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { AUDIT_SHARDS, recordAudit } from './audit.service.js';
import { shardOf } from './audit-hash.js';
import { verifyAuditChain } from './audit-verify.js';

/** A request id (sent as X-Request-Id) whose audit events go to a shard `accept` allows. */
const requestIdOn = (accept: (shard: number) => boolean, prefix: string): string => {
  for (let i = 0; ; i++) {
    const id = `${prefix}-${i}-nolock`;
    if (accept(shardOf(id, AUDIT_SHARDS))) return id;
  }
};

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
 * it commits) must not hold up another patient's request on another shard. Under the old single
 * `pg_advisory_xact_lock` every audited request waited for that commit. PostgreSQL only: PGlite
 * has one connection, so its transactions take turns whatever the audit does.
 */
describe.runIf(testDatabaseKinds().includes('postgres'))(
  'audited requests on PostgreSQL do not wait for one another (no global lock)',
  () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestContext('postgres');
    });
    afterAll(() => t.close());

    it('another patient’s request completes while one transaction is held open mid-audit', async () => {
      const mine = await startEncounter(t, { mrn: 'LOCK-1' });
      const theirs = await startEncounter(t, { mrn: 'LOCK-2' }, t.tokens.clinician2);
      const heldId = requestIdOn(() => true, 'held');
      const heldShard = shardOf(heldId, AUDIT_SHARDS);
      const otherShardId = requestIdOn((s) => s !== heldShard, 'other');
      const sameShardId = requestIdOn((s) => s === heldShard, 'same');

      const held = signal();
      const midAudit = signal();
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
        midAudit.fire();
        await held.fired; // the request is still working after its audit event: its shard head stays locked
      });
      await midAudit.fired;
      const read = (id: string, token: string, requestId: string) =>
        t.call('GET', `/encounters/${id}`, { token, headers: { 'x-request-id': requestId } });
      const sameShard = read(mine.id, t.tokens.clinician, sameShardId);
      try {
        const other = await settled(read(theirs.id, t.tokens.clinician2, otherShardId), 30_000);
        expect(other === 'pending' ? 'still waiting after 30 s' : other.status).toBe(200);
        // The hold is real: a request on the held shard waits for its commit.
        expect(await settled(sameShard, 200)).toBe('pending');
      } finally {
        held.fire();
        await open;
      }
      expect((await sameShard).status).toBe(200);
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ valid: true, problems: [] });
    });
  },
);
