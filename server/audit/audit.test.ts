import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { exportedCheckpointSchema } from './audit-checkpoints.js';
import { verifyAuditChain } from './audit-verify.js';

describe.each(testDatabaseKinds())('audit trail (%s)', (kind) => {
  let t: TestContext;
  let encounterId: string;
  beforeAll(async () => {
    t = await createTestContext(kind);
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn: 'AUD-1' }, consent: { attested: true, method: 'verbal' } },
      }),
    );
    encounterId = enc.id as string;
    await t.call('GET', `/encounters/${encounterId}`, { token: t.tokens.staff });
    await t.call('GET', `/encounters/${encounterId}`, { token: t.tokens.clinician2 });
  });
  afterAll(() => t.close());

  it('records who read and wrote which patient, queryable by patient and actor', async () => {
    const enc = await json<{ patient: { id: string } }>(
      await t.call('GET', `/encounters/${encounterId}`, { token: t.tokens.clinician }),
    );
    const res = await json<{ events: { action: string; actorId: string; outcome: string }[] }>(
      await t.call('GET', `/audit?patientId=${enc.patient.id}`, { token: t.tokens.admin }),
    );
    const actions = res.events.map(
      (e) => `${e.action}:${e.actorId === t.userIds.staff ? 'staff' : 'clinician'}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'encounter.create:clinician',
        'encounter.read:staff',
        'encounter.read:clinician',
      ]),
    );
    const byActor = await json<{ events: { actorId: string }[] }>(
      await t.call('GET', `/audit?actorId=${t.userIds.staff}`, { token: t.tokens.admin }),
    );
    expect(byActor.events.length).toBeGreaterThan(0);
    expect(byActor.events.every((e) => e.actorId === t.userIds.staff)).toBe(true);
  });

  it('filters by time range', async () => {
    const later = await json<{ events: unknown[] }>(
      await t.call('GET', '/audit?from=2030-01-01T00:00:00Z', { token: t.tokens.admin }),
    );
    expect(later.events).toEqual([]);
  });

  it('chains events by hash and reports the first broken link after tampering', async () => {
    const ok = await json<{ valid: boolean; checked: number }>(
      await t.call('GET', '/audit/verify', { token: t.tokens.admin }),
    );
    expect(ok.valid).toBe(true);
    expect(ok.checked).toBeGreaterThan(5);
    const result = (await t.database.db.execute(
      sql`select id from audit_events order by id asc offset 3 limit 1`,
    )) as unknown as { rows: { id: number }[] };
    const [victim] = result.rows;
    // The application cannot update audit rows (a trigger forbids it); a DBA can disable the trigger.
    await t.database.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
    await t.database.db.execute(
      sql`update audit_events set action = 'encounter.list' where id = ${victim!.id}`,
    );
    await t.database.db.execute(sql`alter table audit_events enable trigger audit_events_no_change`);
    const report = await verifyAuditChain(t.database.db);
    expect(report.valid).toBe(false);
    expect(Number(report.firstBrokenId)).toBe(Number(victim!.id));
  });

  it('exports a signed checkpoint to admins only, and the log verifies against it', async () => {
    expect((await t.call('POST', '/audit/checkpoints', { token: t.tokens.clinician })).status).toBe(403);
    const res = await t.call('POST', '/audit/checkpoints', { token: t.tokens.admin });
    expect(res.status).toBe(201);
    const anchor = exportedCheckpointSchema.parse(await res.json());
    const report = await verifyAuditChain(t.database.db, { anchor });
    expect(report.problems.filter((p) => p.checkpointId === anchor.id)).toEqual([]);
  });
});
