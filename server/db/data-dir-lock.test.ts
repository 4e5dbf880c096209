import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers } from '../users/users.service.js';
import { openDatabase } from './client.js';
import { processStartOf } from './data-dir-lock.js';

/** `npm run user:create` as a separate process on the PGlite folder under `dataDir`. */
const createUserCli = (dataDir: string, email: string) => {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/cli/user-create.ts', '--email', email, '--role', 'admin'],
    {
      env: { ...env, DATA_DIR: dataDir, SCRIBE_PASSWORD: 'a long enough password' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
};

describe('one writer per PGlite folder', () => {
  let dir: string;
  let pgliteDir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'scribe-lock-'));
    pgliteDir = path.join(dir, 'pglite');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A lock as a process with `pid` and an OS start time that is not that pid's would have left it. */
  const writeLock = (pid: number, command: string) =>
    writeFileSync(
      `${pgliteDir}.lock`,
      JSON.stringify({ pid, processStart: '1', startedAt: '2026-01-01T00:00:00Z', command }),
    );

  it('user:create beside a running server refuses with a clear message and creates nothing', async () => {
    const server = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    await server.migrate();
    const beside = createUserCli(dir, 'beside@test.local');
    expect(beside.status).not.toBe(0);
    expect(beside.stdout).not.toContain('Created');
    expect(beside.stderr).toContain('in use by another Scribe process');
    expect(beside.stderr).toContain(`pid ${process.pid}`);
    expect(await countUsers(server.db)).toBe(0);
    await server.close();
    expect(existsSync(`${pgliteDir}.lock`)).toBe(false);

    // With the server stopped the same command works, and the user is there when the server starts again.
    const alone = createUserCli(dir, 'alone@test.local');
    expect(alone.stdout).toContain('Created admin alone@test.local');
    const again = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    expect(await countUsers(again.db)).toBe(1);
    await again.close();
  });

  it('a second open in the same process is refused too', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    await expect(openDatabase({ kind: 'pglite', dataDir: pgliteDir })).rejects.toThrow(/already open/);
    await first.close();
  });

  it('a lock left by a killed process is stale and taken over', async () => {
    writeLock(spawnSync(process.execPath, ['-e', '0']).pid, 'killed');
    const database = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
    await database.close();
  });

  it.runIf(processStartOf(process.pid) !== null)(
    'a lock whose pid now belongs to another process is stale',
    async () => {
      // Our parent is alive, but it is not the process that wrote this lock: its start time differs.
      writeLock(process.ppid, 'reused');
      const database = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
      await database.close();
    },
  );
});
