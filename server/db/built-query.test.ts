import { eq, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { draftNote, signNote, startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { builtQuery, builtSql } from './built-query.js';
import { users } from './schema/index.js';

const userByEmail = builtQuery(
  (db) =>
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.email, sql.placeholder('email'))),
  'test_user_by_email',
);
const sum = builtSql<{ a: number; b: number }, { rows: { n: number }[] }>(
  sql`select ${sql.placeholder('a')}::int + ${sql.placeholder('b')}::int as n`,
  'test_sum',
);

describe.each(testDatabaseKinds())('queries built once (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  it('run with new values on the database and inside a transaction, seeing its uncommitted rows', async () => {
    const { db } = t.database;
    expect(await userByEmail(db, { email: 'nobody@test.local' })).toEqual([]);
    expect((await sum(db, { a: 2, b: 3 })).rows).toEqual([{ n: 5 }]);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`update users set email = 'renamed@test.local' where id = ${t.userIds.staff}`);
        expect(await userByEmail(tx, { email: 'renamed@test.local' })).toEqual([
          { id: t.userIds.staff, email: 'renamed@test.local' },
        ]);
        expect((await sum(tx, { a: 40, b: 2 })).rows).toEqual([{ n: 42 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await userByEmail(db, { email: 'renamed@test.local' })).toEqual([]);
  });

  it('a note read and a segment upload build no SQL once warm (they were rebuilt per request)', async () => {
    const enc = await startEncounter(t, { mrn: 'BUILT-1' });
    const note = await draftNote(t, enc.id);
    expect((await signNote(t, note)).status).toBe(200);
    const read = () => t.call('GET', `/notes/${note.id}`, { token: t.tokens.clinician });
    const other = await startEncounter(t, { mrn: 'BUILT-2' });
    let seq = 1;
    const upload = () =>
      t.call('POST', `/encounters/${other.id}/segments`, {
        token: t.tokens.clinician,
        body: { segments: [{ seq: seq++, startMs: 0, endMs: 900, speaker: 'patient', text: 'Better.' }] },
      });
    expect((await read()).status).toBe(200);
    expect((await upload()).status).toBe(201);
    const spy = vi.spyOn(PgDialect.prototype, 'sqlToQuery');
    // node-postgres's session sends its own `begin` and `commit` through the builder: not ours.
    const builds = () =>
      spy.mock.results
        .map((r) => (r.value as { sql: string }).sql)
        .filter((text) => !/^(begin|commit|rollback)/i.test(text));
    try {
      expect((await read()).status).toBe(200);
      expect(builds()).toEqual([]);
      expect((await upload()).status).toBe(201);
      // The insert took one multi-row VALUES per batch size, rebuilt on every upload.
      expect(builds()).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
