/**
 * `npx tsx test/load/cpu-per-request.bench.ts [--db pglite|<postgres url>] [--requests 2000] [--only draft] [--no-codes]`:
 * the CPU time this process (worker threads included) spends per note read, segment upload and draft, the app called in-process with
 * `concurrency` requests in flight (no HTTP, no other process). Unlike req/s under `bench:load`, this
 * barely moves when other work shares the machine, so it is what to compare a change by. On
 * PostgreSQL it also prints the CPU time of the database's server processes (read from /proc, so
 * the server must run on this machine). The ICD-10-CM release is loaded from ../shared first, as for
 * `bench:load`, so each draft suggests codes as the product's do (`--no-codes` skips it).
 * To see where the time goes, run it as `node --cpu-prof --import tsx test/load/cpu-per-request.bench.ts
 * --only notes` (node refuses --cpu-prof in NODE_OPTIONS); `--only` takes `notes`, `segments` or `draft`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  type AuditAppendStats,
  auditAppendStatsNow,
  auditAppendStatsSince,
} from '../../server/audit/audit-append-stats.js';
import {
  generateAuditKey,
  installAuditKeyring,
  makeKeyring,
  parseAuditKey,
} from '../../server/audit/audit-keys.js';
import { importIcd10 } from '../../server/coding/icd10-import.js';
import { openDatabase } from '../../server/db/client.js';
import { createScratchDatabase } from '../../server/test-support/test-db.js';
import { benchApp, createFixture, icd10ReleasePath, segmentUpload } from './bench-server.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '20' },
    /** Only the scenarios whose name contains this (e.g. `notes`, `segments`, `draft`), for a focused profile. */
    only: { type: 'string', default: '' },
    /** Skip loading the ICD-10-CM release (drafts then suggest no codes, unlike the product). */
    'no-codes': { type: 'boolean', default: false },
  },
});
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);
const clients = concurrency;

installAuditKeyring(makeKeyring(parseAuditKey(generateAuditKey('bench'))));
const scratch = args.db === 'pglite' ? null : await createScratchDatabase(args.db!, 'scribe_cpu');
const database = scratch
  ? await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 20 })
  : await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
if (!args['no-codes']) await importIcd10(database.db, { orderPath: icd10ReleasePath() });
const { app, offlineWorker } = benchApp(database);
const origin = 'http://bench.local';
// The fixture goes through the app as a client would; fetch is routed to it in-process.
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: string, init?: RequestInit) =>
  app.fetch(new Request(input, init))) as typeof fetch;
const { token, encounterIds, noteId, draftEncounterIds } = await createFixture(database, origin, clients);
globalThis.fetch = realFetch;

const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const nextSeq = encounterIds.map(() => 10);
const scenarios: Record<string, (client: number) => Request> = {
  'GET /notes/:id': () => new Request(`${origin}/notes/${noteId}`, { headers }),
  'POST /encounters/:id/segments': (c) => {
    return new Request(`${origin}/encounters/${encounterIds[c + 1]}/segments`, {
      method: 'POST',
      headers,
      body: segmentUpload(nextSeq[c + 1]!++),
    });
  },
  // A whole ACI-Bench visit per client (half without speaker labels), drafted on the worker pool.
  'POST /encounters/:id/draft (offline)': (c) =>
    new Request(`${origin}/encounters/${draftEncounterIds[c]}/draft`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ templateKey: 'soap', mode: 'offline' }),
    }),
};

/** CPU time (µs) of this process's main thread (the event loop and, on PGlite, the database), from /proc. */
function mainThreadCpuUs(): number {
  try {
    const fields =
      readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (µs) of the PostgreSQL backends serving this database, by pid; empty on PGlite. */
async function backendCpuUs(): Promise<Map<number, number>> {
  const byPid = new Map<number, number>();
  if (!scratch) return byPid;
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    for (const { pid } of rows) {
      try {
        // Fields 14 and 15 after the command name: user and system time in clock ticks (1/100 s).
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        byPid.set(pid, (Number(fields[11]) + Number(fields[12])) * 10_000);
      } catch {
        // The backend ended in between.
      }
    }
  } finally {
    await client.end();
  }
  return byPid;
}

/** Audit append contention per request: the statements beyond one per append, and uploads the unit of work took. */
function describeAuditStats(a: AuditAppendStats, requests: number): string {
  const per = (n: number) => (n / requests).toFixed(3);
  return (
    `${per(a.appended)} events/req; per req: ${per(a.headMoved)} head moved, ${per(a.headHeld)} head held, ` +
    `${per(a.headsLoaded)} heads read; one-statement uploads ${a.oneStatementTried}, ` +
    `${per(a.oneStatementContended)} contended → unit of work, ${per(a.oneStatementRefused)} refused`
  );
}

async function run(make: (client: number) => Request, total: number): Promise<void> {
  let left = total;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, c) => {
      while (left-- > 0) {
        const res = await app.fetch(make(c));
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`status ${res.status}`);
      }
    }),
  );
}

console.log(
  `CPU per request, ${database.kind}, ${concurrency} in flight, ${requests} requests after ${requests / 4} warm-up`,
);
for (const [name, make] of Object.entries(scenarios)) {
  if (!name.includes(args.only ?? '')) continue;
  await run(make, requests / 4);
  const backendsBefore = await backendCpuUs();
  const before = process.cpuUsage();
  const mainBefore = mainThreadCpuUs();
  const auditBefore = auditAppendStatsNow();
  const t0 = performance.now();
  await run(make, requests);
  const audit = auditAppendStatsSince(auditBefore);
  const cpu = process.cpuUsage(before);
  const wallMs = performance.now() - t0;
  const mainMs = (mainThreadCpuUs() - mainBefore) / 1000 / requests;
  let backendUs = 0;
  for (const [pid, us] of await backendCpuUs()) backendUs += us - (backendsBefore.get(pid) ?? 0);
  console.log(
    `${name}: ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} CPU ms/req` +
      (Number.isNaN(mainMs)
        ? ''
        : ` (main thread ${mainMs.toFixed(2)}, other threads ${((cpu.user + cpu.system) / 1000 / requests - mainMs).toFixed(2)})`) +
      (scratch ? ` + ${(backendUs / 1000 / requests).toFixed(2)} ms/req in PostgreSQL` : '') +
      `, ${(wallMs / requests).toFixed(2)} wall ms/req`,
  );
  console.log(`  audit: ${describeAuditStats(audit, requests)}`);
}
await offlineWorker.close();
await database.close();
await scratch?.drop();
