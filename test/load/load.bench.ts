/**
 * `npm run bench:load [-- --duration 30 --connections 50 --db pglite|postgres]`: loopback HTTP load
 * (autocannon) on segment upload, signed-note read and draft, beside a plain Hono "hello" route
 * measured in the same run as the ceiling. Targets: zero errors; p99 ≤ 250 ms for reads and uploads.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createApp } from '../../server/app.js';
import { openDatabase } from '../../server/db/client.js';
import { createTestDatabase } from '../../server/db/test-db.js';
import { createDrafter } from '../../server/drafting/drafter.js';
import { defaultConfig } from '../../server/env.js';
import { createLogger } from '../../server/logging/logger.js';
import { ensureBuiltinTemplates } from '../../server/templates/templates.service.js';
import { createUser } from '../../server/users/users.service.js';
import { builtinTemplates } from '../../shared/clinical/templates/index.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string', default: 'pglite' },
    role: { type: 'string', default: 'client' },
  },
});
const durationS = Number(args.duration);
const connections = Number(args.connections);
const P99_TARGET_MS = 250;

async function openBenchDatabase() {
  if (args.db === 'postgres') return createTestDatabase('postgres');
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  await database.migrate();
  return database;
}

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const s = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => {
      const { port } = s.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => s.close(() => r())) });
    });
  });

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;

interface Row {
  scenario: string;
  'req/s': number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
  target: string;
}

/**
 * Runs one scenario: either one autocannon instance with all connections, or — `perClient` — one
 * single-connection instance per client, so each client can own its encounter (one clinician, one
 * visit at a time) and no two requests race on the same note.
 */
async function measure(
  scenario: string,
  opts: autocannon.Options | { perClient: (client: number) => autocannon.Options },
  p99TargetMs: number | null,
): Promise<Row> {
  const times: number[] = [];
  let non2xx = 0;
  const statuses = new Map<number, number>();
  const instances =
    'perClient' in opts
      ? Array.from({ length: connections }, (_, i) =>
          autocannon({ connections: 1, duration: durationS, ...opts.perClient(i) }),
        )
      : [autocannon({ connections, duration: durationS, ...opts })];
  for (const instance of instances) {
    instance.on('response', (_client, status: number, _bytes: number, ms: number) => {
      times.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status < 200 || status >= 300) non2xx++;
    });
  }
  const results = await Promise.all(instances);
  const result = {
    errors: results.reduce((n, r) => n + r.errors, 0),
    timeouts: results.reduce((n, r) => n + r.timeouts, 0),
  };
  if (non2xx + result.errors + result.timeouts > 0) {
    const byStatus = [...statuses].map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(
      `${scenario}: statuses ${byStatus}; socket errors ${result.errors}; timeouts ${result.timeouts}`,
    );
  }
  times.sort((a, b) => a - b);
  const row: Row = {
    scenario,
    'req/s': Math.round(times.length / durationS),
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    errors: non2xx + result.errors + result.timeouts,
    requests: times.length,
    target: '',
  };
  const ok = row.errors === 0 && (p99TargetMs === null || row.p99 <= p99TargetMs);
  row.target = p99TargetMs === null ? (row.errors === 0 ? 'ok (0 errors)' : 'MISSED') : ok ? 'ok' : 'MISSED';
  return row;
}

interface Fixture {
  api: string;
  hello: string;
  token: string;
  encounterIds: string[];
  noteId: string;
  databaseKind: string;
}

/**
 * The server under test runs in its own process (PGlite's engine runs on the server's event loop):
 * autocannon in the same process would steal that loop and distort every figure.
 */
async function serveFixture(): Promise<void> {
  const database = await openBenchDatabase();
  const now = () => new Date();
  await ensureBuiltinTemplates(database.db, builtinTemplates, now());
  await createUser(database.db, {
    email: 'bench@test.local',
    displayName: 'Bench',
    role: 'clinician',
    password: 'a long bench password',
  });
  const app = createApp({
    db: database.db,
    clock: now,
    config: defaultConfig,
    logger: createLogger('silent'),
    drafter: createDrafter({ db: database.db }),
  });
  const api = await listen(app.fetch);
  const hello = await listen(new Hono().get('/hello', (c) => c.text('hello')).fetch);

  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const token = (
    await call('POST', '/auth/login', null, { email: 'bench@test.local', password: 'a long bench password' })
  ).token as string;

  // One encounter per connection, as in a clinic: each client uploads its own transcript.
  const encounterIds: string[] = [];
  for (let i = 0; i < connections + 1; i++) {
    const enc = await call('POST', '/encounters', token, {
      patient: { mrn: `LOAD-${i}` },
      consent: { attested: true, method: 'verbal' },
    });
    encounterIds.push(enc.id as string);
    await call('POST', `/encounters/${enc.id}/segments`, token, {
      segments: [
        {
          seq: 0,
          startMs: 0,
          endMs: 3000,
          speaker: 'patient',
          text: 'I have had a cough for two weeks and a fever.',
        },
        {
          seq: 1,
          startMs: 3000,
          endMs: 6000,
          speaker: 'clinician',
          text: 'Any shortness of breath or chest pain?',
        },
        {
          seq: 2,
          startMs: 6000,
          endMs: 9000,
          speaker: 'patient',
          text: 'No chest pain. I take lisinopril 10 mg daily.',
        },
      ],
    });
  }
  const drafted = await call('POST', `/encounters/${encounterIds[0]}/draft`, token, { templateKey: 'soap' });
  const noteId = (drafted.note as { id: string }).id;
  await call('POST', `/notes/${noteId}/sign`, token);

  const fixture: Fixture = {
    api: api.url,
    hello: hello.url,
    token,
    encounterIds,
    noteId,
    databaseKind: database.kind,
  };
  process.stdout.write(`FIXTURE ${JSON.stringify(fixture)}\n`);
  process.on('SIGTERM', async () => {
    await api.close();
    await hello.close();
    await database.close();
    process.exit(0);
  });
}

async function startFixtureProcess(): Promise<{ fixture: Fixture; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--role',
      'server',
      '--connections',
      String(connections),
      '--db',
      args.db,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  const fixture = await new Promise<Fixture>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      const line = /^FIXTURE (.*)$/m.exec(out);
      if (line?.[1]) resolve(JSON.parse(line[1]) as Fixture);
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  return { fixture, stop: () => child.kill('SIGTERM') };
}

if (args.role === 'server') {
  await serveFixture();
} else {
  const { fixture, stop } = await startFixtureProcess();
  const { encounterIds, noteId } = fixture;
  const auth = { authorization: `Bearer ${fixture.token}`, 'content-type': 'application/json' };
  const nextSeq = encounterIds.map(() => 10);
  const rows: Row[] = [];
  console.log(
    `Load: ${connections} connections × ${durationS} s per scenario, loopback, database ${fixture.databaseKind}, Node ${process.version}`,
  );
  rows.push(await measure('hello (plain Hono, ceiling)', { url: `${fixture.hello}/hello` }, null));
  rows.push(
    await measure(
      'GET /notes/:id (signed, hash verified)',
      { url: `${fixture.api}/notes/${noteId}`, headers: auth },
      P99_TARGET_MS,
    ),
  );
  rows.push(
    await measure(
      'POST /encounters/:id/segments',
      {
        perClient: (client) => ({
          url: fixture.api,
          requests: [
            {
              method: 'POST',
              headers: auth,
              setupRequest: (req) => {
                const seq = nextSeq[client]!++;
                const segment = {
                  seq,
                  startMs: seq * 1000,
                  endMs: seq * 1000 + 900,
                  speaker: 'patient',
                  text: `Segment ${seq}.`,
                };
                return {
                  ...req,
                  path: `/encounters/${encounterIds[client + 1]}/segments`,
                  body: JSON.stringify({ segments: [segment] }),
                };
              },
            },
          ],
        }),
      },
      P99_TARGET_MS,
    ),
  );
  rows.push(
    await measure(
      'POST /encounters/:id/draft (offline)',
      {
        perClient: (client) => ({
          url: `${fixture.api}/encounters/${encounterIds[client + 1]}/draft`,
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ templateKey: 'soap', mode: 'offline' }),
        }),
      },
      null,
    ),
  );
  console.table(rows);
  stop();
  const missed = rows.filter((r) => r.target === 'MISSED');
  if (missed.length > 0) console.log(`Targets missed: ${missed.map((r) => r.scenario).join('; ')}`);
  process.exit(0);
}
