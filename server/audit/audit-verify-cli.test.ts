import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { recordAudit } from './audit.service.js';

const runCli = (dataDir: string) => {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/audit-verify.ts'], {
    env: { ...env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
};

describe('npm run audit:verify', () => {
  let dir: string;
  let victimId: number;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'scribe-audit-cli-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
    await database.migrate();
    for (let i = 0; i < 5; i++) {
      await recordAudit(database.db, {
        at: new Date(Date.UTC(2026, 0, 1, 0, i)),
        actorId: null,
        actorRole: 'admin',
        action: `test.event.${i}`,
        entityType: 'test',
        entityId: String(i),
        patientId: null,
        outcome: 'success',
        requestId: null,
      });
    }
    const rows = (await database.db.execute(
      sql`select id from audit_events order by id offset 2 limit 1`,
    )) as {
      rows: { id: number }[];
    };
    victimId = Number(rows.rows[0]!.id);
    await database.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact chain and 1 naming the first broken link after tampering', async () => {
    const ok = runCli(dir);
    expect(ok.stdout).toContain('5 events verified');
    expect(ok.status).toBe(0);

    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
    await database.db.execute(sql`update audit_events set entity_id = '99' where id = ${victimId}`);
    await database.close();

    const broken = runCli(dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`BROKEN at event #${victimId}`);
    expect(broken.stderr).toContain('2 events before it are intact');
  });
});
