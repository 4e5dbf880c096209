import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../server/test-support/test-db.js';
import {
  firstRunPassword,
  killHard,
  type ServerProcess,
  startServerProcess,
} from '../support/server-process.js';

type Json = Record<string, unknown>;

const api =
  (base: string, token?: string) =>
  async (method: string, p: string, body?: unknown, extraHeaders: Record<string, string> = {}) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: {
        ...extraHeaders,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Json };
  };

describe.each(testDatabaseKinds())('the server SIGKILLed in the middle of writes (%s)', (kind) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scribe-kill-'));
  const servers: ServerProcess[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  afterAll(async () => {
    for (const s of servers) await killHard(s.child);
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  });

  async function environment(): Promise<Record<string, string>> {
    if (kind === 'pglite') return { DATA_DIR: dataDir };
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `scribe_kill_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { DATA_DIR: dataDir, DATABASE_URL: url.toString() };
  }

  it('restarts cleanly with every acknowledged write present and every signed note valid', async () => {
    const env = await environment();
    const first = await startServerProcess(env);
    servers.push(first);
    const anon = api(first.url);
    const login = async (email: string) =>
      (await anon('POST', '/auth/login', { email, password: firstRunPassword(first.output(), email) })).body
        .token as string;
    const clinicianToken = await login('clinician@scribe.local');
    const adminToken = await login('admin@scribe.local');
    const call = api(first.url, clinicianToken);
    const encounter = await call('POST', '/encounters', {
      patient: { mrn: `KILL-${kind}` },
      consent: { attested: true, method: 'verbal' },
    });
    expect(encounter.status).toBe(201);
    const encounterId = encounter.body.id as string;

    const ackedSeqs: number[] = [];
    const signedNotes: string[] = [];
    let nextSeq = 0;
    let running = true;
    const uploader = async () => {
      while (running) {
        const seq = nextSeq++;
        const r = await call('POST', `/encounters/${encounterId}/segments`, {
          segments: [
            { seq, startMs: seq * 10, endMs: seq * 10 + 9, speaker: 'patient', text: `Segment ${seq}.` },
          ],
        }).catch(() => null);
        if (r?.status === 201) ackedSeqs.push(seq);
        if (!r) return;
      }
    };
    // Signing closes an encounter to new segments, so each signed note gets an encounter of its own.
    const signer = async () => {
      for (let i = 0; running; i++) {
        const own = await call('POST', '/encounters', {
          patient: { mrn: `KILL-${kind}-SIGN-${i}` },
          consent: { attested: true, method: 'verbal' },
        }).catch(() => null);
        if (own?.status !== 201) return;
        const note = await call('POST', `/encounters/${own.body.id}/notes`, { templateKey: 'soap' }).catch(
          () => null,
        );
        if (note?.status !== 201) return;
        const signed = await call('POST', `/notes/${note.body.id}/sign`, undefined, {
          'if-match': `"${note.body.version}"`,
        }).catch(() => null);
        if (signed?.status === 200) signedNotes.push(note.body.id as string);
        if (!signed) return;
      }
    };
    const workers = [uploader(), uploader(), signer()];
    await new Promise((r) => setTimeout(r, 2000));
    await killHard(first.child);
    running = false;
    await Promise.all(workers);
    expect(ackedSeqs.length).toBeGreaterThan(5);
    expect(signedNotes.length).toBeGreaterThan(0);

    const second = await startServerProcess(env);
    servers.push(second);
    const restarted = api(second.url, clinicianToken);
    const segments = await restarted('GET', `/encounters/${encounterId}/segments`);
    expect(segments.status).toBe(200);
    const stored = new Set((segments.body.segments as { seq: number }[]).map((s) => s.seq));
    expect(ackedSeqs.filter((s) => !stored.has(s))).toEqual([]);
    for (const id of signedNotes) {
      const note = await restarted('GET', `/notes/${id}`);
      expect(note.status).toBe(200);
      expect(note.body).toMatchObject({ status: 'signed', integrity: 'valid' });
    }
    const chain = await api(second.url, adminToken)('GET', '/audit/verify');
    expect(chain.body).toMatchObject({ valid: true });
    console.log(
      `[faults] ${kind}: ${ackedSeqs.length} acknowledged uploads and ${signedNotes.length} signed notes survived SIGKILL`,
    );
  });
});
