import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, openDatabase } from './client.js';
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
});
