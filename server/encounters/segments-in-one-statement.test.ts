import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditAppendStatsNow, auditAppendStatsSince } from '../audit/audit-append-stats.js';
import { verifyAuditChain } from '../audit/audit-verify.js';
import { appendAsAnotherProcess, rowsOf, shardOfRequest } from '../audit/test-support/audit-fixtures.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { forgetEncounterPatients } from './segments-in-one-statement.js';

/**
 * Round trips to the database: PGlite protocol calls; on PostgreSQL the statements sent on the pool
 * (each checks a connection out and back) plus 3 for each transaction (a connection checked out
 * for BEGIN, at least one statement, COMMIT), so a unit of work never counts as cheap.
 */
function countRoundTrips(t: TestContext) {
  if (t.database.kind === 'pglite') {
    const calls = vi.spyOn(PGlite.prototype, 'execProtocolRaw');
    return {
      count: () => calls.mock.calls.length,
      transactions: () => 0,
      restore: () => calls.mockRestore(),
    };
  }
  const pool = (t.database.db as unknown as { $client: pg.Pool }).$client;
  const queries = vi.spyOn(pool, 'query');
  // pool.query checks a connection out too: the checkouts beyond the queries are transactions.
  const checkouts = vi.spyOn(pool, 'connect');
  const transactions = () => checkouts.mock.calls.length - queries.mock.calls.length;
  return {
    count: () => queries.mock.calls.length + 3 * transactions(),
    transactions,
    restore: () => {
      queries.mockRestore();
      checkouts.mockRestore();
    },
  };
}

describe.each(testDatabaseKinds())('a segment upload in one statement (%s)', (kind) => {
  let t: TestContext;
  let encounter: { id: string; patient: { id: string } };
  let seq = 0;
  const batch = (size: number) =>
    Array.from({ length: size }, () => ({
      seq: seq++,
      startMs: 0,
      endMs: 2500,
      speaker: 'clinician',
      text: 'Any swelling in the ankles since the water tablet was changed?',
    }));
  const upload = (segments: unknown[], requestId: string, token = t.tokens.clinician, id = encounter.id) =>
    t.call('POST', `/encounters/${id}/segments`, {
      token,
      headers: { 'x-request-id': requestId },
      body: { segments },
    });
  const eventsOf = async (requestId: string) =>
    rowsOf<{ action: string; outcome: string; patient_id: string | null; entity_id: string }>(
      await t.database.db.execute(
        sql`select action, outcome, patient_id, entity_id from audit_events where request_id = ${requestId} order by id`,
      ),
    );

  beforeAll(async () => {
    t = await createTestContext(kind);
    const res = await t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: { patient: { mrn: `ONE-STATEMENT-${kind}` }, consent: { attested: true, method: 'verbal' } },
    });
    encounter = await json(res);
  });
  afterAll(() => t.close());

  it('stores a new batch with its audit event in one round trip after the session read, no transaction', async () => {
    // The first upload of this process reads the audit shard heads.
    expect((await upload(batch(1), 'heart-failure-visit')).status).toBe(201);
    const trips = countRoundTrips(t);
    try {
      for (const size of [1, 4]) {
        const before = trips.count();
        const sent = batch(size);
        const res = await upload(sent, 'heart-failure-visit');
        expect(res.status).toBe(201);
        expect(await json(res)).toEqual({ inserted: sent.map((s) => s.seq), unchanged: [] });
        // Before: the session, then BEGIN with the access read, the insert, the audit append and
        // COMMIT (5 PGlite calls; 6 PostgreSQL round trips on a checked-out connection).
        expect(trips.count() - before).toBe(2);
      }
      expect(trips.transactions()).toBe(0);
    } finally {
      trips.restore();
    }
    const events = await eventsOf('heart-failure-visit');
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.action === 'transcript.append' && e.outcome === 'success')).toBe(true);
    expect(events.every((e) => e.patient_id === encounter.patient.id && e.entity_id === encounter.id)).toBe(
      true,
    );
    const [counted] = rowsOf<{ transcript_chars: number }>(
      await t.database.db.execute(sql`select transcript_chars from encounters where id = ${encounter.id}`),
    );
    expect(Number(counted?.transcript_chars)).toBe(
      6 * 'Any swelling in the ankles since the water tablet was changed?'.length,
    );
    expect((await verifyAuditChain(t.database.db)).valid).toBe(true);
  });

  it('plans again on the head the statement returns when its shard moved without this process', async () => {
    // Another server process appends to the shard this process's uploads take: its hint is stale.
    const shard = await shardOfRequest(t.database.db, 'heart-failure-visit');
    await appendAsAnotherProcess(t.database.db, shard);
    const requestId = 'paediatric-asthma';
    const before = auditAppendStatsNow();
    const trips = countRoundTrips(t);
    try {
      expect((await upload(batch(2), requestId)).status).toBe(201);
      // The session, the statement that finds the head moved (nothing written), the one that lands.
      expect(trips.count()).toBe(3);
    } finally {
      trips.restore();
    }
    expect(auditAppendStatsSince(before)).toMatchObject({ headMoved: 1, oneStatementContended: 0 });
    expect(await shardOfRequest(t.database.db, requestId)).toBe(shard);
    expect(await eventsOf(requestId)).toEqual([
      {
        action: 'transcript.append',
        outcome: 'success',
        patient_id: encounter.patient.id,
        entity_id: encounter.id,
      },
    ]);
    // Its hint is right again (or it left the shard to the other process): the next upload is one statement.
    const trips2 = countRoundTrips(t);
    try {
      expect((await upload(batch(1), 'paediatric-asthma-2')).status).toBe(201);
      expect(trips2.count()).toBe(2);
    } finally {
      trips2.restore();
    }
    expect((await verifyAuditChain(t.database.db)).valid).toBe(true);
  });

  it('takes concurrent uploads to different encounters each in one statement: no head raced for, no fallback', async () => {
    const visits = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const res = await t.call('POST', '/encounters', {
          token: t.tokens.clinician,
          body: {
            patient: { mrn: `TELEHEALTH-${kind}-${i}` },
            consent: { attested: true, method: 'verbal' },
          },
        });
        return (await json(res)) as { id: string };
      }),
    );
    const before = auditAppendStatsNow();
    const trips = countRoundTrips(t);
    try {
      // Request ids that hash to the same shard (…-18 and -21, -19 and -20): by request id, two
      // uploads in flight planned on one head, and the second found it moved.
      const statuses = await Promise.all(
        visits.map(
          async (v, i) =>
            (await upload(batch(1), `telehealth-follow-up-${i}`, t.tokens.clinician, v.id)).status,
        ),
      );
      expect(statuses.every((s) => s === 201)).toBe(true);
      expect(trips.count()).toBe(2 * visits.length);
      expect(trips.transactions()).toBe(0);
    } finally {
      trips.restore();
    }
    expect(auditAppendStatsSince(before)).toMatchObject({
      appended: visits.length,
      headMoved: 0,
      headHeld: 0,
      oneStatementTried: visits.length,
      oneStatementContended: 0,
    });
    expect((await verifyAuditChain(t.database.db)).valid).toBe(true);
  });

  it('leaves replays, refusals and encounters it knows nothing of to the unit of work, as before', async () => {
    const sent = batch(2);
    expect((await upload(sent, 'sprain-1')).status).toBe(201);
    // A replay: nothing new, answered as a no-op after comparing contents.
    const replay = await upload(sent, 'sprain-2');
    expect(replay.status).toBe(200);
    expect(await json(replay)).toEqual({ inserted: [], unchanged: sent.map((s) => s.seq) });
    // Another clinician's encounter: 404, audited as denied.
    expect((await upload(batch(1), 'sprain-3', t.tokens.clinician2)).status).toBe(404);
    expect(await eventsOf('sprain-3')).toMatchObject([{ action: 'transcript.append', outcome: 'denied' }]);
    // An invalid batch is still checked for access first: 404 and denied for another clinician, 400 for the owner.
    const twice = [...batch(1), ...batch(1)].map((s) => ({ ...s, seq: 900 }));
    expect((await upload(twice, 'sprain-3b', t.tokens.clinician2)).status).toBe(404);
    expect(await eventsOf('sprain-3b')).toMatchObject([{ action: 'transcript.append', outcome: 'denied' }]);
    expect((await upload(twice, 'sprain-3c')).status).toBe(400);
    // A process that has not seen the encounter (restarted) takes the unit of work once, then one statement.
    forgetEncounterPatients();
    const trips = countRoundTrips(t);
    try {
      expect((await upload(batch(1), 'sprain-4')).status).toBe(201);
      expect(trips.count()).toBeGreaterThan(3);
      const before = trips.count();
      expect((await upload(batch(1), 'sprain-4')).status).toBe(201);
      expect(trips.count() - before).toBe(2);
    } finally {
      trips.restore();
    }
    // Completed: a new seq is refused (409), nothing stored, nothing audited as a success.
    expect(
      (await t.call('POST', `/encounters/${encounter.id}/complete`, { token: t.tokens.clinician })).status,
    ).toBe(200);
    const closed = await upload(batch(1), 'sprain-5');
    expect(closed.status).toBe(409);
    expect(await json(closed)).toMatchObject({ code: 'encounter_closed' });
    expect(await eventsOf('sprain-5')).toEqual([]);
    expect((await verifyAuditChain(t.database.db)).valid).toBe(true);
  });
});
