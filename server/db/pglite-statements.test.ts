import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgliteStatements } from './pglite-statements.js';

describe('PGlite prepared statements', () => {
  let client: PGlite;
  let statements: PgliteStatements;
  beforeAll(async () => {
    client = new PGlite();
    await client.exec(`create table t (id uuid primary key, n int, big bigint, ok boolean, doc jsonb,
      at timestamptz, label text unique)`);
    statements = new PgliteStatements(client);
  });
  afterAll(() => client.close());

  it('runs a query it has seen before in one protocol call instead of six', async () => {
    const text = 'select $1::int + 1 as n';
    await statements.query(text, [1], undefined, false);
    const calls = vi.spyOn(PGlite.prototype, 'execProtocolRaw');
    try {
      const result = await statements.query<{ n: number }>(text, [41], undefined, false);
      expect(result?.rows).toEqual([{ n: 42 }]);
      expect(calls).toHaveBeenCalledTimes(1);
      calls.mockClear();
      await client.query(text, [41]);
      expect(calls.mock.calls.length).toBeGreaterThanOrEqual(5);
    } finally {
      calls.mockRestore();
    }
  });

  it('reads and writes every type as PGlite’s own query does, in object and array row modes', async () => {
    const insert = `insert into t (id, n, big, ok, doc, at, label) values ($1, $2, $3, $4, $5, $6, $7)
      returning *`;
    const row = (id: string, label: string | null) => [
      id,
      7,
      '9007199254740993',
      true,
      { a: [1, 'x'], b: null },
      new Date('2026-03-02T09:00:00.123Z'),
      label,
    ];
    const ours = await statements.query(
      insert,
      row('00000000-0000-4000-8000-000000000001', 'a'),
      undefined,
      false,
    );
    const theirs = await client.query<Record<string, unknown>>(
      insert,
      row('00000000-0000-4000-8000-000000000002', null),
    );
    expect(ours?.rows).toEqual([
      { ...theirs.rows[0], id: '00000000-0000-4000-8000-000000000001', label: 'a' },
    ]);
    expect(ours?.fields).toEqual(theirs.fields);
    expect(ours?.affectedRows).toBe(1);
    const select = 'select id, doc, at from t where n = $1 order by id';
    const arrays = await statements.query(select, [7], { rowMode: 'array' }, false);
    expect(arrays?.rows).toEqual((await client.query(select, [7], { rowMode: 'array' })).rows);
    expect(arrays?.rows).toHaveLength(2);
  });

  it('throws PostgreSQL’s error with the query, and keeps working after it', async () => {
    const insert = 'insert into t (id, label) values ($1, $2)';
    await statements.query(insert, ['00000000-0000-4000-8000-000000000003', 'dup'], undefined, false);
    const duplicate = statements.query(
      insert,
      ['00000000-0000-4000-8000-000000000004', 'dup'],
      undefined,
      false,
    );
    await expect(duplicate).rejects.toMatchObject({ code: '23505', query: insert });
    await expect(statements.query('selec 1', [], undefined, false)).rejects.toMatchObject({ code: '42601' });
    const count = await statements.query<{ n: number }>(
      'select count(*)::int as n from t where label = $1',
      ['dup'],
      undefined,
      false,
    );
    expect(count?.rows).toEqual([{ n: 1 }]);
  });

  it('prepares a statement again when its table changed shape', async () => {
    await client.exec('create table shaped (a int); insert into shaped values (1)');
    const text = 'select * from shaped';
    expect((await statements.query(text, [], undefined, false))?.rows).toEqual([{ a: 1 }]);
    await client.exec('alter table shaped add column b int default 2');
    expect((await statements.query(text, [], undefined, false))?.rows).toEqual([{ a: 1, b: 2 }]);
  });

  it('takes part in the surrounding transaction', async () => {
    const insert = 'insert into t (id, label) values ($1, $2)';
    await expect(
      client.transaction(async () => {
        await statements.query(insert, ['00000000-0000-4000-8000-000000000005', 'gone'], undefined, true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const left = await statements.query('select label from t where label = $1', ['gone'], undefined, false);
    expect(left?.rows).toEqual([]);
  });
});
