import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstRunPassword,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from '../../test/support/server-process.js';
import { findRunningServer, runningServerFile } from '../running-server.js';

/**
 * `npm run <script>` as its own process on the data folder `dataDir`. Asynchronous: a blocked event
 * loop would keep this process's fetch from seeing the server close an idle connection.
 */
const runCli = (dataDir: string, file: string, args: string[], extraEnv: Record<string, string> = {}) => {
  const { DATABASE_URL: _ignored, SCRIBE_ADMIN_TOKEN: _t, SCRIBE_ADMIN_PASSWORD: _p, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', `server/cli/${file}`, ...args], {
    env: { ...env, DATA_DIR: dataDir, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (status) => resolve({ status, stdout, stderr })),
  );
};
const userCreate = (dataDir: string, email: string, args: string[] = [], env: Record<string, string> = {}) =>
  runCli(dataDir, 'user-create.ts', ['--email', email, '--role', 'clinician', ...args], {
    SCRIBE_PASSWORD: 'a long enough password',
    ...env,
  });

describe('CLI commands beside a running server (PGlite)', () => {
  let dir: string;
  let server: ServerProcess;
  let adminPassword: string;
  const call = async (method: string, url: string, token: string | null, body?: unknown) =>
    fetch(new URL(url, server.url), {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const signIn = async (email: string, password: string) => {
    const res = await call('POST', '/auth/login', null, { email, password });
    return res.ok ? ((await res.json()) as { token: string; user: { id: string } }) : null;
  };
  const userEmails = async () => {
    const admin = await signIn('admin@scribe.local', adminPassword);
    const res = await call('GET', '/users', admin!.token);
    return ((await res.json()) as { users: { email: string }[] }).users.map((u) => u.email);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'scribe-cli-server-'));
    server = await startServerProcess({ DATA_DIR: dir });
    adminPassword = firstRunPassword(server.output(), 'admin@scribe.local');
  });
  afterAll(async () => {
    await stopServerProcess(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('names itself in DATA_DIR/server.json, readable by its owner only', () => {
    const file = runningServerFile(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ url: server.url, databaseKind: 'pglite' });
  });

  it('user:create without an admin refuses, says how to do it through the server, and creates nothing', async () => {
    const out = await userCreate(dir, 'refused@test.local');
    expect(out.status).toBe(1);
    expect(out.stdout).not.toContain('Created');
    expect(out.stderr).toContain(
      `A Scribe server is running on ${dir} (pid ${server.child.pid}, ${server.url})`,
    );
    expect(out.stderr).toContain('--admin');
    expect(out.stderr).toContain(`kill ${server.child.pid}`);
    expect(await userEmails()).not.toContain('refused@test.local');
  });

  it('user:create --admin goes through the server: the user can sign in at once, audited as that admin', async () => {
    const out = await userCreate(dir, 'through@test.local', ['--admin', 'admin@scribe.local'], {
      SCRIBE_ADMIN_PASSWORD: adminPassword,
    });
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain(`Created clinician through@test.local`);
    expect(out.stdout).toContain(`through the server at ${server.url}`);
    expect(await signIn('through@test.local', 'a long enough password')).not.toBeNull();

    const admin = await signIn('admin@scribe.local', adminPassword);
    const res = await call('GET', `/audit?actorId=${admin!.user.id}`, admin!.token);
    const { events } = (await res.json()) as { events: { action: string }[] };
    const createdId = /\(([0-9a-f-]{36})\)/.exec(out.stdout)?.[1];
    expect(events.filter((e) => e.action === 'user.create')).toEqual([
      expect.objectContaining({ entityId: createdId, actorRole: 'admin', outcome: 'success' }),
    ]);
  });

  it('user:create with a wrong admin password or a clinician as --admin changes nothing', async () => {
    const wrong = await userCreate(dir, 'wrong@test.local', ['--admin', 'admin@scribe.local'], {
      SCRIBE_ADMIN_PASSWORD: 'not the password at all',
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('The server refused');
    const clinician = await userCreate(dir, 'not-admin@test.local', ['--admin', 'through@test.local'], {
      SCRIBE_ADMIN_PASSWORD: 'a long enough password',
    });
    expect(clinician.status).toBe(1);
    expect(clinician.stderr).toContain('through@test.local is not an admin');
    expect(await userEmails()).not.toEqual(
      expect.arrayContaining(['wrong@test.local', 'not-admin@test.local']),
    );
  });

  it.each([
    ['codes-import.ts', ['missing-release.zip'], 'no API for loading a code release'],
    ['migrate.ts', [], 'restart it to apply newer ones'],
    ['audit-verify.ts', [], 'GET /audit/verify'],
    ['draft.ts', ['--transcript', '<dir>/visit.txt'], 'Add --no-codes'],
  ])('%s refuses with a clear message and what to do instead', async (file, args, instead) => {
    writeFileSync(path.join(dir, 'visit.txt'), '[doctor] What brings you in?\n[patient] My knee hurts.\n');
    const out = await runCli(
      dir,
      file,
      args.map((a) => a.replace('<dir>', dir)),
    );
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain(`A Scribe server is running on ${dir} (pid ${server.child.pid}`);
    expect(out.stderr).toContain(instead);
    expect(out.stderr).toContain(`kill ${server.child.pid}`);
  });

  it('after the server stops, server.json is gone and the user created through it is still there', async () => {
    await stopServerProcess(server.child);
    expect(existsSync(runningServerFile(dir))).toBe(false);
    server = await startServerProcess({ DATA_DIR: dir });
    expect(await signIn('through@test.local', 'a long enough password')).not.toBeNull();
  });
});

describe('a server.json its server no longer backs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'scribe-stale-server-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is ignored (a killed server): commands open the database themselves', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(
      runningServerFile(dir),
      JSON.stringify({
        url: 'http://127.0.0.1:9',
        pid: dead,
        processStart: '1',
        startedAt: '2026-01-01T00:00:00Z',
        databaseKind: 'pglite',
      }),
    );
    expect(findRunningServer(dir)).toBeNull();
    const out = await userCreate(dir, 'alone@test.local');
    expect(out.stdout).toContain('Created clinician alone@test.local');
  });
});
