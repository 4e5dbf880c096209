import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { openDatabase } from '../db/client.js';
import { createScratchDatabase } from '../test-support/test-db.js';
import { generateAuditKey, installAuditKeyring, makeKeyring, parseAuditKey } from './audit-keys.js';
import { verifyAuditChain } from './audit-verify.js';
import { rowsOf } from './test-support/audit-fixtures.js';

const appendFromProcess = (url: string, key: string, events: number, inFlight: number, label: string) =>
  new Promise<number>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/audit/test-support/append-concurrently.ts',
        url,
        key,
        String(events),
        String(inFlight),
        label,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    child.once('exit', (code) => {
      const n = /APPENDED (\d+)/.exec(out)?.[1];
      if (code === 0 && n) resolve(Number(n));
      else reject(new Error(`appending process ${label} exited ${code}: ${err.slice(-2000)}`));
    });
  });

/**
 * Two server processes (each with its own pool and its own stale-prone head hints) appending at
 * once, many transactions in flight in each: every event lands, no shard's chain forks or skips,
 * and the whole log verifies. PostgreSQL only (PGlite is one process's).
 */
describe.runIf(process.env.TEST_DATABASE_URL)('audit appends from two processes at once (PostgreSQL)', () => {
  const key = generateAuditKey('two-processes');
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'scribe_audit_procs');
    installAuditKeyring(makeKeyring(parseAuditKey(key)));
    database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
    await database.migrate();
  });
  afterAll(async () => {
    await database.close();
    await scratch.drop();
  });

  it('keeps every shard chain intact, without gaps or forks', { timeout: 120_000 }, async () => {
    const [a, b] = await Promise.all([
      appendFromProcess(scratch.url, key, 300, 20, 'a'),
      appendFromProcess(scratch.url, key, 300, 20, 'b'),
    ]);
    // 300 transactions each, every fifth with two events.
    expect(a + b).toBe(720);
    const [count] = rowsOf<{ n: number; shards: number }>(
      await database.db.execute(
        sql`select count(*)::int as n, count(distinct shard)::int as shards from audit_events`,
      ),
    );
    expect(count).toEqual({ n: 720, shards: expect.any(Number) });
    expect(count!.shards).toBeGreaterThan(1);
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ valid: true, problems: [], checked: 720 });
    // One transaction's events share one shard, one after the other.
    const split = rowsOf(
      await database.db.execute(sql`
        select request_id from audit_events group by request_id having count(distinct shard) > 1`),
    );
    expect(split).toEqual([]);
  });
});
