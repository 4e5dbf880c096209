import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { generateAuditKey, installAuditKeyring, makeKeyring, parseAuditKey } from './audit-keys.js';
import { appendEvents, asDba, shardOfRequest } from './test-support/audit-fixtures.js';

const key = generateAuditKey('cli-test');
const runCli = (dataDir: string, ...args: string[]) => {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/audit-verify.ts', ...args], {
    env: { ...env, DATA_DIR: dataDir, AUDIT_HMAC_KEY: key },
    encoding: 'utf8',
    timeout: 60_000,
  });
};

describe('npm run audit:verify', () => {
  let dir: string;
  const pglite = () => openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'scribe-audit-cli-'));
    installAuditKeyring(makeKeyring(parseAuditKey(key)));
    const database = await pglite();
    await database.migrate();
    await appendEvents(database.db, 5);
    await database.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact log and exports a checkpoint; exits 1 naming the deleted tail against that checkpoint', async () => {
    const anchor = path.join(dir, 'checkpoint.json');
    const ok = runCli(dir, '--export-checkpoint', anchor);
    expect(ok.stdout).toContain('5 events verified');
    expect(ok.stdout).toContain('written to');
    expect(ok.status).toBe(0);
    expect(JSON.parse(readFileSync(anchor, 'utf8'))).toMatchObject({ format: 'scribe-audit-checkpoint/1' });

    // A DBA deletes the last two events, rewinds the shard head and removes the checkpoints.
    const database = await pglite();
    const shard = await shardOfRequest(database.db);
    await asDba(database.db, async () => {
      await database.db.execute(sql`delete from audit_events where seq > 3`);
      const third = (await database.db.execute(
        sql`select hash from audit_events where seq = 3`,
      )) as unknown as {
        rows: { hash: string }[];
      };
      await database.db.execute(
        sql`update audit_chain_heads set seq = 3, hash = ${third.rows[0]!.hash} where shard = ${shard}`,
      );
      await database.db.execute(sql`delete from audit_checkpoints`);
    });
    await database.close();

    const broken = runCli(dir, '--anchor', anchor);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`TAIL DELETED: shard ${shard} events 4–5 are missing at the end`);
    expect(broken.stderr).toContain('CHECKPOINT MISSING');
  });

  it('exits 2 with a readable message on a malformed audit key', () => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/audit-verify.ts'], {
      env: { ...env, DATA_DIR: dir, AUDIT_HMAC_KEY: 'k1:c2hvcnQ=' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('AUDIT_HMAC_KEY: audit key "k1": the secret must be at least 32 bytes');
  });
});
