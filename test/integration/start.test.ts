import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, testDatabaseKinds } from '../../server/test-support/test-db.js';
import { firstRunPassword, startServerProcess } from '../support/server-process.js';
import { httpCaller, runClinicalFlow } from './clinical-flow.js';

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
      const db = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'scribe_start');
      env.DATABASE_URL = db.url;
      dropDb = db.drop;
    }
    const { child, url, output } = await startServerProcess(env);
    children.push(child);
    const text = output();
    expect(text).toContain(kind === 'pglite' ? 'database: pglite' : 'database: postgres');
    expect(text).toMatch(/Load unpacked/);
    const password = firstRunPassword(text, 'clinician@scribe.local');
    expect(firstRunPassword(text, 'admin@scribe.local')).not.toBe(password);

    const call = httpCaller(url);
    expect((await call('GET', '/health')).status).toBe(200);
    const login = await call('POST', '/auth/login', { body: { email: 'clinician@scribe.local', password } });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    await runClinicalFlow(call, token);
  });

  it.runIf(kind === 'pglite')('keeps the data and prints no credentials on the next start', async () => {
    const first = children.shift();
    first?.kill('SIGTERM');
    await new Promise((r) => (first && first.exitCode === null ? first.once('exit', r) : r(null)));
    const { child, url, output } = await startServerProcess({ DATA_DIR: dataDir });
    children.push(child);
    expect(output()).not.toMatch(/password:/);
    expect((await httpCaller(url)('GET', '/health')).status).toBe(200);
  });
});
