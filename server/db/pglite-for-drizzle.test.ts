import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, openDatabase, withoutTransaction } from './client.js';
import { PgliteStatements } from './pglite-statements.js';

describe('PGlite as drizzle sees it', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  });
  afterAll(() => database.close());

  it('gives each waiting operation its own event-loop turn, in arrival order', async () => {
    // Before: waiting transactions ran back to back in one microtask drain, so the server polled
    // no socket (and accepted no new connection) until every one of them had finished.
    const log: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db.transaction(async (tx) => {
          log.push(`tx ${i}`);
          if (i === 0) setImmediate(() => log.push('event loop'));
          await tx.execute(sql`select ${i}::int as i`);
        }),
      ),
    );
    expect(log.filter((e) => e.startsWith('tx'))).toEqual(Array.from({ length: 8 }, (_, i) => `tx ${i}`));
    expect(log.slice(0, 3)).toContain('event loop');
  });

  it('reads dates, timestamps and intervals as text for drizzle without handing PGlite parsers per query', async () => {
    const query = vi.spyOn(PgliteStatements.prototype, 'query');
    try {
      const result = (await database.db.execute(
        sql`select '2026-03-02 09:00:00.123+01:30'::timestamptz as t, '0001-01-01'::date as d,
          interval '1 day' as i, array['2026-03-02'::date] as ds, 7::int as n`,
      )) as unknown as { rows: Record<string, unknown>[] };
      expect(result.rows[0]).toEqual({
        t: '2026-03-02 07:30:00.123+00',
        d: '0001-01-01',
        i: '1 day',
        ds: '{2026-03-02}',
        n: 7,
      });
      expect(query).toHaveBeenCalled();
      for (const [, , options] of query.mock.calls) expect(options?.parsers).toBeUndefined();
    } finally {
      query.mockRestore();
    }
  });

  it('runs a transaction in one protocol call per statement plus its COMMIT (BEGIN rides along)', async () => {
    const { db } = database;
    await db.execute(sql`create table if not exists turns_t (n int)`);
    const work = () =>
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into turns_t values (${1})`);
        await tx.execute(sql`select count(*) from turns_t`);
      });
    await work();
    const calls = vi.spyOn(PGlite.prototype, 'execProtocolRaw');
    try {
      await work();
      // Before: BEGIN, each statement and COMMIT each took a call (4 here).
      expect(calls).toHaveBeenCalledTimes(3);
      calls.mockClear();
      await db.transaction(async () => {});
      expect(calls).not.toHaveBeenCalled();
    } finally {
      calls.mockRestore();
    }
  });

  it('commits, rolls back on a throw, and refuses to commit a transaction PostgreSQL aborted', async () => {
    const { db } = database;
    await db.execute(sql`create table if not exists kept (n int primary key)`);
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into kept values (1)`);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into kept values (2)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into kept values (3)`);
        // A failed statement whose error is swallowed: PostgreSQL aborted the transaction.
        await tx.execute(sql`insert into kept values (1)`).catch(() => {});
      }),
    ).rejects.toThrow('rolled back');
    // A nested transaction is a savepoint inside the same one.
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into kept values (4)`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into kept values (1)`);
        })
        .catch(() => {});
    });
    const rows = (await db.execute(sql`select n from kept order by n`)) as unknown as {
      rows: { n: number }[];
    };
    expect(rows.rows).toEqual([{ n: 1 }, { n: 4 }]);
    // The session is usable again and in no transaction.
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into kept values (5)`);
    });
    expect(
      ((await db.execute(sql`select count(*)::int as c from kept`)) as unknown as { rows: { c: number }[] })
        .rows,
    ).toEqual([{ c: 3 }]);
  });

  it('runs a unit without a transaction in one turn: no BEGIN or COMMIT, no other statement in between, each committed', async () => {
    const { db } = database;
    await db.execute(sql`create table if not exists one_turn (n int primary key)`);
    const unit = () =>
      withoutTransaction(db, async (tx) => {
        await tx.execute(sql`select count(*) from one_turn`);
        await tx.execute(sql`insert into one_turn values (${next++})`);
        return 'done';
      });
    let next = 1;
    await unit();
    const calls = vi.spyOn(PGlite.prototype, 'execProtocolRaw');
    try {
      // Before: a transaction, one call more (its COMMIT).
      expect(await unit()).toBe('done');
      expect(calls).toHaveBeenCalledTimes(2);
    } finally {
      calls.mockRestore();
    }
    // Another request's statement waits for the unit's turn to end, as it waited for a transaction.
    const order: string[] = [];
    await Promise.all([
      withoutTransaction(db, async (tx) => {
        await tx.execute(sql`select 1`);
        order.push('unit first');
        await tx.execute(sql`select 2`);
        order.push('unit second');
      }),
      db.execute(sql`select 3`).then(() => order.push('other')),
    ]);
    expect(order).toEqual(['unit first', 'unit second', 'other']);
    // Each statement committed on its own: a failure later in the unit keeps the earlier insert,
    // and leaves no transaction open behind it.
    await expect(
      withoutTransaction(db, async (tx) => {
        await tx.execute(sql`insert into one_turn values (100)`);
        await tx.execute(sql`insert into one_turn values (100)`);
      }),
    ).rejects.toThrow();
    const rows = (await db.execute(sql`select n from one_turn order by n`)) as unknown as {
      rows: { n: number }[];
    };
    expect(rows.rows.map((r) => r.n)).toEqual([1, 2, 100]);
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into one_turn values (101)`);
    });
  });
});
