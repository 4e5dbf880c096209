import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../../server/app.js';
import { auditAppendStats } from '../../server/audit/audit-append-stats.js';
import { installAuditKeyring, makeKeyring, parseAuditKey } from '../../server/audit/audit-keys.js';
import { importIcd10 } from '../../server/coding/icd10-import.js';
import { currentReleaseId } from '../../server/coding/release-data.js';
import { type Database, openDatabase } from '../../server/db/client.js';
import { createServerDrafter } from '../../server/drafting/server-drafter.js';
import { defaultConfig } from '../../server/env.js';
import { createLogger } from '../../server/logging/logger.js';
import { ensureBuiltinTemplates } from '../../server/templates/templates.service.js';
import { createUser } from '../../server/users/users.service.js';
import { builtinTemplates } from '../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../shared/clinical/transcript/aci.js';
import { sharedDataPath } from '../../shared/node/shared-dir.js';
import { loadAciSplit } from '../eval/notes/aci-data.js';

export interface Fixture {
  token: string;
  encounterIds: string[];
  noteId: string;
  /** One encounter per client holding a whole visit's transcript, which the draft scenario drafts. */
  draftEncounterIds: string[];
  /** What the draft scenario drafts, for the printout. */
  drafted: string;
}

/**
 * The visits the draft scenario drafts: ACI-Bench valid dialogues (the ones bench:draft times), one
 * per client in turn; every other client's has no speaker labels (one microphone), as the product
 * often receives them, so the speaker-role model runs too.
 */
function visitsToDraft(clients: number) {
  const dialogues = loadAciSplit('valid').map((r) => parseAciDialogue(r.dialogue).segments);
  const visits = Array.from({ length: clients }, (_, c) =>
    dialogues[c % dialogues.length]!.map((s, seq) => ({
      seq,
      startMs: s.startMs,
      endMs: s.endMs,
      speaker: c % 2 === 1 ? 'unknown' : s.speaker,
      text: s.text,
    })),
  );
  const words = visits.map((v) => v.reduce((n, s) => n + s.text.split(/\s+/).length, 0));
  const mean = words.reduce((a, b) => a + b, 0) / words.length;
  // ~150 spoken words per minute, as bench:draft reckons.
  const drafted =
    `${clients} ACI-Bench valid visits (${dialogues.length} distinct), mean ${Math.round(mean)} words ` +
    `≈ ${(mean / 150).toFixed(1)} min, longest ${Math.max(...words)} words; half without speaker labels`;
  return { visits, drafted };
}

/** The official ICD-10-CM release in ../shared (index and hierarchy beside it are read too). */
export const icd10ReleasePath = () => sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip');

export interface ServerArgs {
  /** 'memory' (PGlite in this process) or a postgres:// URL shared by every server process. */
  database: string;
  apiPort: number;
  helloPort: number;
  /** The first process migrates and creates the fixture; the others only serve. */
  seed: boolean;
  clients: number;
  auditKey: string;
  /** Load the ICD-10-CM release from ../shared (as a deployment runs codes:import), so drafts suggest codes. */
  codes: boolean;
}

const listen = (fetch: (req: Request) => Response | Promise<Response>, port: number) =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolve, reject) => {
    const s = serve({ fetch, hostname: '127.0.0.1', port }, () => {
      const { port: bound } = s.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((r) => s.close(() => r())) });
    });
    s.once('error', reject);
  });

export async function createFixture(database: Database, api: string, clients: number): Promise<Fixture> {
  await ensureBuiltinTemplates(database.db, builtinTemplates, new Date());
  await createUser(database.db, {
    email: 'bench@test.local',
    displayName: 'Bench',
    role: 'clinician',
    password: 'a long bench password',
  });
  const call = async (method: string, path: string, token: string | null, body?: unknown, extra = {}) => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'content-type': 'application/json',
        ...extra,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const login = await call('POST', '/auth/login', null, {
    email: 'bench@test.local',
    password: 'a long bench password',
  });
  const token = login.token as string;
  // One encounter per client, as in a clinic: each client uploads its own transcript.
  const encounterIds: string[] = [];
  for (let i = 0; i < clients + 1; i++) {
    const enc = await call('POST', '/encounters', token, {
      patient: { mrn: `LOAD-${i}` },
      consent: { attested: true, method: 'verbal' },
    });
    encounterIds.push(enc.id as string);
    const lines: [string, string][] = [
      ['patient', 'I have had a cough for two weeks and a fever.'],
      ['clinician', 'Any shortness of breath or chest pain?'],
      ['patient', 'No chest pain. I take lisinopril 10 mg daily.'],
    ];
    await call('POST', `/encounters/${enc.id}/segments`, token, {
      segments: lines.map(([speaker, text], seq) => ({
        seq,
        startMs: seq * 3000,
        endMs: seq * 3000 + 3000,
        speaker,
        text,
      })),
    });
  }
  const { visits, drafted } = visitsToDraft(clients);
  const draftEncounterIds: string[] = [];
  for (const [i, segments] of visits.entries()) {
    const enc = await call('POST', '/encounters', token, {
      patient: { mrn: `LOAD-DRAFT-${i}` },
      consent: { attested: true, method: 'verbal' },
    });
    draftEncounterIds.push(enc.id as string);
    await call('POST', `/encounters/${enc.id}/segments`, token, { segments });
  }
  const first = await call('POST', `/encounters/${encounterIds[0]}/draft`, token, { templateKey: 'soap' });
  const note = first.note as { id: string; version: number };
  await call('POST', `/notes/${note.id}/sign`, token, undefined, { 'if-match': `"${note.version}"` });
  return { token, encounterIds, noteId: note.id, draftEncounterIds, drafted };
}

/**
 * The app as the server ships it (offline drafting on a worker thread), without an LLM. DRAFT_WORKERS
 * sizes the drafting pool as it does the server's (default: one per core beyond the event loop's).
 */
export function benchApp(database: Database) {
  const workers = Number(process.env.DRAFT_WORKERS) || undefined;
  const { drafter, offlineWorker } = createServerDrafter(database.db, undefined, workers ? { workers } : {});
  const app = createApp({
    db: database.db,
    clock: () => new Date(),
    config: defaultConfig,
    logger: createLogger('silent'),
    drafter,
  });
  return { app, offlineWorker };
}

/** The body of a one-segment upload with this seq. */
export const segmentUpload = (seq: number) =>
  JSON.stringify({
    segments: [
      { seq, startMs: seq * 1000, endMs: seq * 1000 + 900, speaker: 'patient', text: `Segment ${seq}.` },
    ],
  });

/**
 * One server process of the bench: prints `READY {fixture, api, hello}` on stdout once it serves
 * (port 0: a free port the system picks, so concurrent runs never collide).
 */
export async function runBenchServer(args: ServerArgs): Promise<void> {
  installAuditKeyring(makeKeyring(parseAuditKey(args.auditKey)));
  const database =
    args.database === 'memory'
      ? await openDatabase({ kind: 'pglite', dataDir: 'memory' })
      : await openDatabase({ kind: 'postgres', url: args.database, poolSize: 20 });
  if (args.seed) {
    await database.migrate();
    if (args.codes) await importIcd10(database.db, { orderPath: icd10ReleasePath() });
  }
  const { app, offlineWorker } = benchApp(database);
  const api = await listen(app.fetch, args.apiPort);
  // `/cpu`: this process's CPU time so far (µs), so the client can report server CPU per request,
  // and its audit append counts, to report contention for shard heads per request.
  const hello = await listen(
    new Hono()
      .get('/hello', (c) => c.text('hello'))
      .get('/cpu', (c) => {
        const { user, system } = process.cpuUsage();
        return c.json({ us: user + system, audit: auditAppendStats });
      }).fetch,
    args.helloPort,
  );
  const fixture = args.seed ? await createFixture(database, api.url, args.clients) : null;
  // As the server does at start (main.ts): every drafting worker builds the release's candidate
  // index now, not in the measured drafts (before, the second PostgreSQL process read the release
  // and its worker built the index during the draft scenario).
  if (args.codes) await offlineWorker.prepare(await currentReleaseId(database.db));
  process.stdout.write(`READY ${JSON.stringify({ fixture, api: api.url, hello: hello.url })}\n`);
  process.once('SIGTERM', async () => {
    await api.close();
    await hello.close();
    await offlineWorker.close();
    await database.close();
    process.exit(0);
  });
}
