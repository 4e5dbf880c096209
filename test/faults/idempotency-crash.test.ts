import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  firstRunPassword,
  killHard,
  type ServerProcess,
  startServerProcess,
} from '../support/server-process.js';

const adminUrl = process.env.TEST_DATABASE_URL;

/**
 * A server killed while it holds an Idempotency-Key must not leave the key stuck: the claim lives in
 * the transaction of the write, so the crash rolls both back and the client's retry simply runs.
 * (Before: the key was claimed in its own statement, and every retry waited 15 s and got 409.)
 * PostgreSQL only: a second connection holds a table lock to catch the request mid-transaction.
 */
describe.skipIf(!adminUrl)('an Idempotency-Key held by a server that is SIGKILLed', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scribe-idem-'));
  const name = `scribe_idem_${randomBytes(5).toString('hex')}`;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await killHard(s.child);
    rmSync(dataDir, { recursive: true, force: true });
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it('is free again after the restart: the retry creates the encounter once, without waiting', async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    const env = { DATA_DIR: dataDir, DATABASE_URL: url.toString() };
    const first = await startServerProcess(env);
    servers.push(first);
    const login = await fetch(`${first.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'clinician@scribe.local',
        password: firstRunPassword(first.output(), 'clinician@scribe.local'),
      }),
    });
    const { token } = (await login.json()) as { token: string };
    const create = (base: string) =>
      fetch(`${base}/encounters`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'k-crash',
        },
        body: JSON.stringify({
          patient: { mrn: 'IDEM-CRASH' },
          consent: { attested: true, method: 'verbal' },
        }),
      });

    const blocker = new pg.Client({ connectionString: url.toString() });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE encounters IN ACCESS EXCLUSIVE MODE');
    const inFlight = create(first.url).catch(() => null);
    await new Promise((r) => setTimeout(r, 1500)); // the request is now waiting inside its transaction
    await killHard(first.child);
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(await inFlight).toBeNull();

    const second = await startServerProcess(env);
    servers.push(second);
    const started = Date.now();
    const retry = await create(second.url);
    expect(retry.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(10_000);
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    const rows = await check.query(
      "select count(*)::int as n from encounters e join patients p on p.id = e.patient_id where p.mrn = 'IDEM-CRASH'",
    );
    await check.end();
    expect(rows.rows[0].n).toBe(1);
  });
});
