import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const countRows = async (t: TestContext, table: string) => {
  const r = (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return r.rows[0]!.n;
};

describe.each(testDatabaseKinds())('Idempotency-Key on create endpoints (%s)', (kind) => {
  let t: TestContext;
  let templateBody: unknown;
  beforeAll(async () => {
    t = await createTestContext(kind);
    const list = await json<{ templates: { id: string }[] }>(
      await t.call('GET', '/templates', { token: t.tokens.admin }),
    );
    const one = await json<{ published: { body: unknown } }>(
      await t.call('GET', `/templates/${list.templates[0]!.id}`, { token: t.tokens.admin }),
    );
    templateBody = one.published.body;
  });
  afterAll(() => t.close());

  const encounterBody = (mrn: string) => ({
    patient: { mrn },
    consent: { attested: true, method: 'verbal' },
  });
  const post = (path: string, token: string, body: unknown, key?: string) =>
    t.call('POST', path, { token, body, headers: key ? { 'idempotency-key': key } : {} });

  it('replays the same response for the same key and body, with no second row', async () => {
    const before = await countRows(t, 'encounters');
    const first = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-1'), 'key-enc-1');
    const second = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-1'), 'key-enc-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(second)).toEqual(await json(first));
    expect(await countRows(t, 'encounters')).toBe(before + 1);
  });

  it('answers 422 idempotency_mismatch for the same key with another body', async () => {
    await post('/encounters', t.tokens.clinician, encounterBody('IDEM-2'), 'key-enc-2');
    const other = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-3'), 'key-enc-2');
    expect(other.status).toBe(422);
    expect((await json(other)).code).toBe('idempotency_mismatch');
  });

  it('runs 10 concurrent duplicates once: one row, every caller the same response', async () => {
    const before = await countRows(t, 'encounters');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/encounters', t.tokens.clinician, encounterBody('IDEM-PAR'), 'key-parallel'),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json(r)).id)));
    expect(ids.size).toBe(1);
    expect(await countRows(t, 'encounters')).toBe(before + 1);
  });

  it('keys are per user, and a failed first request frees the key for a corrected retry', async () => {
    const bad = await post('/encounters', t.tokens.clinician2, { patient: {} }, 'shared-key');
    expect(bad.status).toBe(400);
    const fixed = await post('/encounters', t.tokens.clinician2, encounterBody('IDEM-4'), 'shared-key');
    expect(fixed.status).toBe(201);
    const otherUser = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-5'), 'shared-key');
    expect(otherUser.status).toBe(201);
    expect((await json(otherUser)).id).not.toBe((await json(fixed)).id);
  });

  it('covers notes (with the ETag replayed), patients, users and templates', async () => {
    const enc = await json(await post('/encounters', t.tokens.clinician, encounterBody('IDEM-N'), 'key-n0'));
    const notePath = `/encounters/${enc.id}/notes`;
    const cases: [string, string, unknown, string][] = [
      [notePath, t.tokens.clinician, { templateKey: 'soap' }, 'note_versions'],
      ['/patients', t.tokens.staff, { mrn: 'IDEM-P', displayName: 'Test Patient' }, 'patients'],
      [
        '/users',
        t.tokens.admin,
        { email: 'idem@test.local', displayName: 'Idem', role: 'staff', password: 'a long enough password' },
        'users',
      ],
      ['/templates', t.tokens.admin, { key: 'idem-template', body: templateBody }, 'template_versions'],
    ];
    for (const [path, token, body, table] of cases) {
      const before = await countRows(t, table);
      const first = await post(path, token, body, `key-${table}`);
      const again = await post(path, token, body, `key-${table}`);
      expect(first.status, path).toBeLessThan(300);
      expect(again.status, path).toBe(first.status);
      expect(await json(again), path).toEqual(await json(first));
      expect(again.headers.get('etag'), path).toBe(first.headers.get('etag'));
      expect(await countRows(t, table), path).toBe(before + 1);
    }
  });

  it('stores no response body (no PHI): a replay re-reads the created resource by id', async () => {
    const first = await post(
      '/encounters',
      t.tokens.clinician,
      { ...encounterBody('IDEM-PHI'), patient: { mrn: 'IDEM-PHI', displayName: 'Private Name' } },
      'key-phi',
    );
    const created = await json(first);
    const rows = (await t.database.db.execute(
      sql`select * from idempotency_keys where key = 'key-phi'`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ status: 201, resource_id: created.id });
    expect(JSON.stringify(rows.rows[0])).not.toContain('Private Name');
  });

  it('claims the key inside the transaction: a request that fails there leaves no key behind', async () => {
    await t.call('POST', '/patients', {
      token: t.tokens.staff,
      body: { mrn: 'IDEM-M', displayName: 'First Name' },
    });
    const mismatch = { ...encounterBody('IDEM-M'), patient: { mrn: 'IDEM-M', displayName: 'Someone Else' } };
    const failed = await post('/encounters', t.tokens.clinician, mismatch, 'key-fails');
    expect(failed.status).toBe(409);
    expect(await countRows(t, "idempotency_keys where key = 'key-fails'")).toBe(0);
  });

  it('frees the key at once when the write fails inside its transaction (a database error, no cleanup code)', async () => {
    // The failure is injected in the database, after the key is claimed: nothing in the server
    // gets to release the key, only the rollback of the transaction that claimed it.
    await t.database.db.execute(sql`
      create function fail_encounter_insert() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$`);
    await t.database.db.execute(sql`
      create trigger fail_encounter_insert before insert on encounters
      for each row execute function fail_encounter_insert()`);
    let failed: Response;
    try {
      failed = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-DBFAIL'), 'key-dbfail');
    } finally {
      await t.database.db.execute(sql`drop trigger fail_encounter_insert on encounters`);
      await t.database.db.execute(sql`drop function fail_encounter_insert()`);
    }
    expect(failed.status).toBe(500);
    expect(await countRows(t, "idempotency_keys where key = 'key-dbfail'")).toBe(0);
    // The client's retry runs now: no replay of the failure, no wait, one encounter.
    const retry = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-DBFAIL'), 'key-dbfail');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(
      await countRows(t, "encounters e join patients p on p.id = e.patient_id where p.mrn = 'IDEM-DBFAIL'"),
    ).toBe(1);
  });

  /** Signs the clinician in again at the moved clock (the test session would be idle-expired). */
  const clinicianTokenAt = async () =>
    (
      await json<{ token: string }>(
        await t.call('POST', '/auth/login', {
          body: { email: 'clinician@test.local', password: 'correct horse battery staple' },
        }),
      )
    ).token;

  it('forgets a key after 24 hours: the same key then starts a new request (and replays until then)', async () => {
    const first = await json(
      await post('/encounters', t.tokens.clinician, encounterBody('IDEM-T'), 'key-ttl'),
    );
    const start = t.now.value;
    try {
      t.now.value = new Date(start.getTime() + 23 * 60 * 60 * 1000);
      const sameDay = await post('/encounters', await clinicianTokenAt(), encounterBody('IDEM-T'), 'key-ttl');
      expect(sameDay.headers.get('idempotent-replayed')).toBe('true');
      expect((await json(sameDay)).id).toBe(first.id);

      t.now.value = new Date(start.getTime() + 25 * 60 * 60 * 1000);
      const later = await post('/encounters', await clinicianTokenAt(), encounterBody('IDEM-T'), 'key-ttl');
      expect(later.status).toBe(201);
      expect(later.headers.get('idempotent-replayed')).toBeNull();
      expect((await json(later)).id).not.toBe(first.id);
      expect(await countRows(t, "idempotency_keys where key = 'key-ttl'")).toBe(1);
    } finally {
      t.now.value = start;
    }
  });

  it('purges every stored key older than 24 hours, not only one that is used again', async () => {
    await post('/encounters', t.tokens.clinician, encounterBody('IDEM-PURGE'), 'key-purge-old');
    expect(await countRows(t, "idempotency_keys where key = 'key-purge-old'")).toBe(1);
    const start = t.now.value;
    try {
      t.now.value = new Date(start.getTime() + 25 * 60 * 60 * 1000);
      const other = await post(
        '/encounters',
        await clinicianTokenAt(),
        encounterBody('IDEM-PURGE-2'),
        'key-purge-new',
      );
      expect(other.status).toBe(201);
      expect(await countRows(t, "idempotency_keys where key = 'key-purge-old'")).toBe(0);
      expect(
        await countRows(
          t,
          `idempotency_keys where created_at < '${start.toISOString()}'::timestamptz + interval '1 hour'`,
        ),
      ).toBe(0);
    } finally {
      t.now.value = start;
    }
  });

  it('rejects a malformed key', async () => {
    const res = await post('/encounters', t.tokens.clinician, encounterBody('IDEM-6'), 'has space');
    expect(res.status).toBe(400);
    expect((await json(res)).code).toBe('validation_failed');
  });
});
