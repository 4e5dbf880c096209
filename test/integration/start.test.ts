import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../server/db/test-db.js';
import { httpCaller, runClinicalFlow } from './clinical-flow.js';

/** Starts `npm start`'s program as a user would and waits for its banner. */
async function startProduct(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      SKIP_EXTENSION_BUILD: '1',
      AUTO_IMPORT_CODES: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const started = Date.now();
  // The banner is printed by one console.log, so once its last line is there, all of it is.
  while (!/Extension: /.test(out)) {
    if (child.exitCode !== null) throw new Error(`start exited early:\n${out}`);
    if (Date.now() - started > 90_000) throw new Error(`start timed out:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 100));
  return { child, output: () => out };
}

describe.each(testDatabaseKinds())('npm start on a fresh data directory (%s)', (kind) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scribe-start-'));
  const children: ChildProcess[] = [];
  let dropDb: (() => Promise<void>) | undefined;

  afterAll(async () => {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await dropDb?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the URL and one-time credentials, and a clinician can do the whole flow over HTTP', async () => {
    const env: Record<string, string> = { DATA_DIR: dataDir };
    if (kind === 'postgres') {
      const admin = process.env.TEST_DATABASE_URL!;
      const name = `scribe_start_${randomBytes(4).toString('hex')}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const url = new URL(admin);
      url.pathname = `/${name}`;
      env.DATABASE_URL = url.toString();
      dropDb = async () => {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
    }
    const { child, output } = await startProduct(env);
    children.push(child);
    const text = output();
    const baseUrl = /Scribe server: (http:\/\/[^\s]+)/.exec(text)?.[1];
    expect(baseUrl).toBeDefined();
    expect(text).toContain(kind === 'pglite' ? 'database: pglite' : 'database: postgres');
    expect(text).toMatch(/Load unpacked/);
    const password = /clinician@scribe\.local\s+password: (\S+)/.exec(text)?.[1];
    const adminPassword = /admin@scribe\.local\s+password: (\S+)/.exec(text)?.[1];
    expect(password).toBeDefined();
    expect(adminPassword).toBeDefined();

    const call = httpCaller(baseUrl!);
    expect((await call('GET', '/health')).status).toBe(200);
    const login = await call('POST', '/auth/login', { body: { email: 'clinician@scribe.local', password } });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    await runClinicalFlow(call, token);
  });

  it('does not print credentials again on the next start', async () => {
    if (kind === 'postgres') return; // the data directory is what persists in embedded mode
    children.shift()?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        SKIP_EXTENSION_BUILD: '1',
        AUTO_IMPORT_CODES: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
    });
    const started = Date.now();
    while (!/Scribe server: http/.test(out) || !/Extension:/.test(out)) {
      if (Date.now() - started > 60_000) throw new Error(`restart timed out: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(out).not.toMatch(/password:/);
  });
});
