import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../test-support/test-db.js';
import { nameStatementsOf, StatementNames } from './pg-statement-names.js';

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('PostgreSQL statements named by their text', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let pool: pg.Pool;
  const names = new StatementNames();
  beforeAll(async () => {
    scratch = await createScratchDatabase(adminUrl!, 'scribe_test');
    pool = new pg.Pool({ connectionString: scratch.url, max: 1 });
    pool.on('connect', (client) => nameStatementsOf(client, names));
  });
  afterAll(async () => {
    await pool.end();
    await scratch.drop();
  });

  const prepared = async (client: pg.PoolClient, text: string) =>
    (
      await client.query<{ n: number }>(
        { text: 'select count(*)::int as n from pg_prepared_statements where statement = $1' },
        [text],
      )
    ).rows[0]?.n;

  it('prepares a parameterised query once per connection and reuses it', async () => {
    const text = 'select $1::int * 2 as twice';
    const client = await pool.connect();
    try {
      for (const n of [1, 2, 3]) expect((await client.query({ text }, [n])).rows).toEqual([{ twice: n * 2 }]);
      expect(await prepared(client, text)).toBe(1);
    } finally {
      client.release();
    }
    // The pool's own query (a callback inside) runs it on the same, one connection as named.
    expect((await pool.query({ text }, [5])).rows).toEqual([{ twice: 10 }]);
  });

  it('leaves queries without parameters on the simple protocol (several statements in one text)', async () => {
    const result = (await pool.query(
      'create table several (a int); insert into several values (1)',
    )) as unknown;
    expect(Array.isArray(result)).toBe(true);
  });

  it('runs a statement unnamed once its table changed shape', async () => {
    await pool.query('create table shaped (a int); insert into shaped values (1)');
    const text = 'select * from shaped where a = $1';
    expect((await pool.query({ text }, [1])).rows).toEqual([{ a: 1 }]);
    await pool.query('alter table shaped add column b int default 2');
    await expect(pool.query({ text }, [1])).rejects.toMatchObject({ code: '0A000' });
    expect((await pool.query({ text }, [1])).rows).toEqual([{ a: 1, b: 2 }]);
  });
});
