import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';
import { startServer } from './main.js';

describe('a start on a busy port', () => {
  let dir: string;
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'scribe-busy-port-'));
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => busy.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const env = () =>
    loadEnv({
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTO_IMPORT_CODES: '0',
      LOG_LEVEL: 'silent',
    });

  it('fails with a readable message before the database is opened or any user created', async () => {
    await expect(startServer(env())).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
  });

  it('npm start says so in one line: no stack, no one-time passwords', () => {
    const { DATABASE_URL: _ignored, ...base } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
      env: {
        ...base,
        DATA_DIR: dir,
        PORT: String(port),
        HOST: '127.0.0.1',
        SKIP_EXTENSION_BUILD: '1',
        AUTO_IMPORT_CODES: '0',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Scribe could not start: Port ${port} on 127.0.0.1 is already in use`);
    expect(run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(run.stdout).not.toContain('password:');
    expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
  });

  it('a free port starts as before', async () => {
    const server = await startServer({ ...env(), PORT: 0 });
    try {
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(200);
      expect(server.firstRunCredentials.map((c) => c.email)).toContain('admin@scribe.local');
    } finally {
      await server.close();
    }
  });
});
