/**
 * `npm run bench:load [-- --duration 30 --connections 50 --db both|pglite|postgres --servers 2]`:
 * loopback HTTP load (one keep-alive connection per client, http-load.ts) on signed-note read, segment upload and draft, beside a plain Hono
 * "hello" route served by the same processes (the ceiling). PGlite runs in one server process;
 * PostgreSQL (a fresh database on TEST_DATABASE_URL's server, dropped afterwards) behind `--servers`
 * processes, the connections spread round robin. Exits 1 when a target is missed: zero errors,
 * p99 ≤ 250 ms for note read and segment upload, p99 ≤ 1 s for draft. `cpu ms/req` is the CPU time
 * the server processes spent per request (not PostgreSQL's): compare changes by it on a busy machine.
 * The seeding process loads the ICD-10-CM release from ../shared first, as a deployment does, so each
 * draft suggests codes as the product's do (`--no-codes` skips it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AuditAppendStats } from '../../server/audit/audit-append-stats.js';
import { generateAuditKey } from '../../server/audit/audit-keys.js';
import { createScratchDatabase } from '../../server/test-support/test-db.js';
import { type Fixture, runBenchServer, segmentUpload } from './bench-server.js';
import { measure, type Row } from './measure.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string', default: 'both' },
    servers: { type: 'string', default: '2' },
    /** Ports used: base.. base+2×servers (api and hello per process); by default free ones the system picks. */
    'base-port': { type: 'string', default: '0' },
    role: { type: 'string', default: 'client' },
    database: { type: 'string' },
    'api-port': { type: 'string' },
    'hello-port': { type: 'string' },
    seed: { type: 'boolean', default: false },
    /** Only the scenarios whose name contains this (e.g. `notes`, `segments`, `draft`, or several: `notes,segments`); the ceiling always runs. */
    only: { type: 'string', default: '' },
    /** Skip loading the ICD-10-CM release (drafts then suggest no codes, unlike the product). */
    'no-codes': { type: 'boolean', default: false },
  },
});
const durationS = Number(args.duration);
const clients = Number(args.connections);
const READ_UPLOAD_P99_MS = 250;
const DRAFT_P99_MS = 1000;

interface Started {
  fixture: Fixture;
  apis: string[];
  hellos: string[];
  stop: () => void;
}

interface Ready {
  fixture: Fixture | null;
  api: string;
  hello: string;
}

/**
 * Drafting workers per server process: the machine's cores shared among the processes (DRAFT_WORKERS
 * overrides). Each process defaults to one per core, so two processes on two cores ran four
 * CPU-bound workers, each holding its own candidate index (built from 24 MB of release data): more
 * CPU per draft than PGlite's two, and drafts queued behind time slices rather than in the FIFO.
 */
const draftWorkersPerProcess = (processes: number) =>
  process.env.DRAFT_WORKERS ?? String(Math.max(1, Math.floor(availableParallelism() / processes)));

function startServer(
  database: string,
  apiPort: number,
  helloPort: number,
  seed: boolean,
  auditKey: string,
  processes: number,
) {
  const child = spawn(
    process.execPath,
    [
      // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the servers.
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--role',
      'server',
      '--database',
      database,
      '--api-port',
      String(apiPort),
      '--hello-port',
      String(helloPort),
      '--connections',
      String(clients),
      ...(seed ? ['--seed'] : []),
      ...(args['no-codes'] ? ['--no-codes'] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_AUDIT_KEY: auditKey, DRAFT_WORKERS: draftWorkersPerProcess(processes) },
    },
  );
  let out = '';
  const ready = new Promise<Ready>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += String(d);
      const line = /^READY (.*)$/m.exec(out);
      if (line?.[1]) resolve(JSON.parse(line[1]) as Ready);
    });
    child.once('exit', (code) => reject(new Error(`a bench server exited (${code})`)));
  });
  return { child, ready };
}

/** Starts `servers` processes on one database (the first migrates and seeds) and waits for all. */
async function startServers(database: string, servers: number): Promise<Started> {
  const base = Number(args['base-port']);
  const auditKey = generateAuditKey('bench');
  const children: ChildProcess[] = [];
  const apis: string[] = [];
  const hellos: string[] = [];
  let fixture: Fixture | null = null;
  for (let i = 0; i < servers; i++) {
    const [apiPort, helloPort] = base === 0 ? [0, 0] : [base + 2 * i, base + 2 * i + 1];
    const s = startServer(database, apiPort, helloPort, i === 0, auditKey, servers);
    children.push(s.child);
    const ready = await s.ready.catch((e: unknown) => {
      for (const c of children) c.kill('SIGTERM');
      throw e;
    });
    if (i === 0) fixture = ready.fixture;
    apis.push(ready.api);
    hellos.push(ready.hello);
  }
  if (!fixture) throw new Error('the seeding server sent no fixture');
  return {
    fixture,
    apis,
    hellos,
    stop: () => {
      for (const c of children) c.kill('SIGTERM');
    },
  };
}

async function scenarios(s: Started, label: string): Promise<Row[]> {
  const { encounterIds, noteId, token } = s.fixture;
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const api = (client: number) => s.apis[client % s.apis.length]!;
  const nextSeq = encounterIds.map(() => 10);
  const rows: Row[] = [];
  const at = (name: string) => `${label}: ${name}`;
  const wanted = (name: string) => (args.only ?? '').split(',').some((part) => name.includes(part));
  const serverCounters = async () => {
    const each = await Promise.all(
      s.hellos.map(
        async (h) => (await (await fetch(`${h}/cpu`)).json()) as { us: number; audit: AuditAppendStats },
      ),
    );
    const audit = { ...each[0]!.audit };
    for (const e of each.slice(1))
      for (const key of Object.keys(audit) as (keyof AuditAppendStats)[]) audit[key] += e.audit[key];
    return { us: each.reduce((a, e) => a + e.us, 0), audit };
  };
  console.log(
    `${label}: the draft scenario drafts ${s.fixture.drafted}; ` +
      (args['no-codes']
        ? 'no ICD-10-CM release loaded (--no-codes)'
        : 'ICD-10-CM FY2026 loaded: codes suggested'),
  );
  rows.push(
    await measure(
      at('hello (plain Hono, ceiling)'),
      clients,
      durationS,
      (c) => ({
        url: `${s.hellos[c % s.hellos.length]}/hello`,
      }),
      null,
      serverCounters,
    ),
  );
  if (wanted('GET /notes/:id (signed, hash verified)'))
    rows.push(
      await measure(
        at('GET /notes/:id (signed, hash verified)'),
        clients,
        durationS,
        (c) => ({ url: `${api(c)}/notes/${noteId}`, headers: auth }),
        READ_UPLOAD_P99_MS,
        serverCounters,
      ),
    );
  if (wanted('POST /encounters/:id/segments'))
    rows.push(
      await measure(
        at('POST /encounters/:id/segments'),
        clients,
        durationS,
        (c) => ({
          url: `${api(c)}/encounters/${encounterIds[c + 1]}/segments`,
          method: 'POST',
          headers: auth,
          body: () => segmentUpload(nextSeq[c]!++),
        }),
        READ_UPLOAD_P99_MS,
        serverCounters,
      ),
    );
  if (wanted('POST /encounters/:id/draft (offline)'))
    rows.push(
      await measure(
        at('POST /encounters/:id/draft (offline)'),
        clients,
        durationS,
        (c) => ({
          url: `${api(c)}/encounters/${s.fixture.draftEncounterIds[c]}/draft`,
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ templateKey: 'soap', mode: 'offline' }),
        }),
        DRAFT_P99_MS,
        serverCounters,
      ),
    );
  return rows;
}

async function runClient(): Promise<number> {
  const servers = Number(args.servers);
  console.log(
    `Load: ${clients} connections × ${durationS} s per scenario, loopback, Node ${process.version}, ` +
      `${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  const rows: Row[] = [];
  const skipped: string[] = [];
  const failed: string[] = [];
  const run = async (label: string, database: string, processes: number) => {
    try {
      const s = await startServers(database, processes);
      try {
        rows.push(...(await scenarios(s, label)));
      } finally {
        s.stop();
      }
    } catch (e) {
      failed.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  if (args.db === 'both' || args.db === 'pglite')
    await run(`PGlite, 1 process × ${draftWorkersPerProcess(1)} drafting workers`, 'memory', 1);
  if (args.db === 'both' || args.db === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    const database = adminUrl ? await createScratchDatabase(adminUrl, 'scribe_bench') : null;
    if (!database)
      skipped.push('PostgreSQL (set TEST_DATABASE_URL to a server the bench may create a database on)');
    else {
      await run(
        `PostgreSQL, ${servers} processes × ${draftWorkersPerProcess(servers)} drafting workers`,
        database.url,
        servers,
      );
      await new Promise((r) => setTimeout(r, 500));
      await database.drop();
    }
  }
  console.table(rows);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const s of skipped) console.log(`Skipped: ${s}`);
  for (const f of failed) console.log(`FAILED to run: ${f}`);
  const missed = rows.filter((r) => r.target.startsWith('MISSED'));
  if (failed.length > 0) return 1;
  if (missed.length > 0) {
    console.log(`Targets missed: ${missed.map((r) => r.scenario).join('; ')}`);
    return 1;
  }
  return 0;
}

if (args.role === 'server') {
  await runBenchServer({
    database: args.database ?? 'memory',
    apiPort: Number(args['api-port']),
    helloPort: Number(args['hello-port']),
    seed: args.seed,
    clients,
    auditKey: process.env.BENCH_AUDIT_KEY ?? generateAuditKey('bench'),
    codes: !args['no-codes'],
  });
} else {
  process.exit(await runClient());
}
