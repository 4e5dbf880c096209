/**
 * `npm run bench:codes`: ICD-10-CM search latency over the full FY2026 release on PGlite (in-process),
 * against a primary-key look-up measured in the same run. Target: search p95 ≤ 20 ms.
 * Then the CPU time of code suggestion for one drafted visit (ACI-Bench valid transcripts, speaker
 * labels removed) once the release's candidate index is warm, and the SQL queries it issues.
 * Target: ≤ 5 ms CPU per visit.
 */
import { eq } from 'drizzle-orm';
import { candidateIndexFor } from '../../../server/coding/candidate-index.js';
import { searchCodes } from '../../../server/coding/codes.search.js';
import { suggestCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { openDatabase } from '../../../server/db/client.js';
import { icd10Codes } from '../../../server/db/schema/icd10.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { readAciTranscripts } from '../../eval/codes/aci-codes.js';

const QUERIES = [
  'hypertension',
  'essential hypertension',
  'type 2 diabetes',
  'type 2 diabetes mellitus without complications',
  'diab mell',
  'copd exacerbation',
  'chronic obstructive pulmonary disease',
  'asthma',
  'acute bronchitis',
  'pneumonia',
  'urinary tract infection',
  'chest pain',
  'low back pain',
  'knee pain left',
  'migraine',
  'major depressive disorder',
  'generalized anxiety',
  'atrial fibrillation',
  'heart failure',
  'hyperlipidemia',
  'obesity',
  'hypothyroidism',
  'gastro-esophageal reflux',
  'chronic kidney disease stage 3',
  'osteoarthritis knee',
  'fracture of femur',
  'fract',
  'sprain ankle',
  'laceration hand',
  'headache',
  'cough',
  'fever',
  'dizziness',
  'covid',
  'influenza',
  'sinusitis',
  'otitis media',
  'cellulitis leg',
  'gout',
  'anemia',
  'E11.9',
  'I10',
  'J44',
  'M54.5',
  'S72',
  'Z00.00',
  'r07',
  'F32A',
];
const ROUNDS = 10;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
};

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
const importStart = performance.now();
const imported = await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const importMs = performance.now() - importStart;

const codes = (await database.db.select({ code: icd10Codes.code }).from(icd10Codes)).map((r) => r.code);
const pick = (i: number) => codes[(i * 7919) % codes.length] ?? 'I10';

// Warm-up: first queries pay for plan caching and page faults.
for (const q of QUERIES) await searchCodes(database.db, q, { limit: 20 });
for (let i = 0; i < 50; i++)
  await database.db
    .select()
    .from(icd10Codes)
    .where(eq(icd10Codes.code, pick(i)));

const searchMs: number[] = [];
const billableMs: number[] = [];
const lookupMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, q] of QUERIES.entries()) {
    let t = performance.now();
    await searchCodes(database.db, q, { limit: 20 });
    searchMs.push(performance.now() - t);
    t = performance.now();
    await searchCodes(database.db, q, { limit: 20, billableOnly: true });
    billableMs.push(performance.now() - t);
    t = performance.now();
    await database.db
      .select()
      .from(icd10Codes)
      .where(eq(icd10Codes.code, pick(round * QUERIES.length + i)));
    lookupMs.push(performance.now() - t);
  }
}

// Code suggestion per drafted visit, the index warm (built once per release and process).
const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const visits = readAciTranscripts('valid')
  .filter((t) => t.variant === 'labels removed')
  .map((t) => {
    const { segments } = importTranscript(t.text);
    const draft = draftOffline(segments, template, resources);
    return { mentions: draft.mentions, segments, content: draft.content, setting: 'outpatient' as const };
  });
const buildStart = performance.now();
await candidateIndexFor(database.db);
const indexBuildMs = performance.now() - buildStart;
for (const visit of visits) await suggestCodes(database.db, visit);
let queries = 0;
const client = (database.db as unknown as { $client: { query: (...args: never[]) => unknown } }).$client;
const query = client.query.bind(client);
client.query = (...args: never[]) => {
  queries++;
  return query(...args);
};
const cpuMs: number[] = [];
const wallMs: number[] = [];
for (const visit of visits) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await suggestCodes(database.db, visit);
  wallMs.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
}
client.query = query;
await database.close();

const rows = [
  ['search (limit 20)', stats(searchMs)],
  ['search billable-only', stats(billableMs)],
  ['baseline: primary-key lookup', stats(lookupMs)],
] as const;
const base = stats(lookupMs);
console.log(
  `ICD-10-CM ${imported.release}: ${imported.codes} codes imported in ${(importMs / 1000).toFixed(1)} s (PGlite, in-process)`,
);
console.log(
  `${'operation'.padEnd(30)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'p95/base'.padStart(9)}`,
);
for (const [name, s] of rows) {
  console.log(
    `${name.padEnd(30)} ${String(s.n).padStart(5)} ${s.p50.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)} ${s.p99.toFixed(2).padStart(8)} ${(s.p95 / base.p95).toFixed(1).padStart(9)}`,
  );
}
const p95 = stats(searchMs).p95;
console.log(`target search p95 ≤ 20 ms: ${p95 <= 20 ? 'met' : 'NOT met'} (${p95.toFixed(2)} ms)`);
const cpu = stats(cpuMs);
console.log(
  `\ncode suggestion, ${visits.length} ACI-Bench valid visits (index built in ${indexBuildMs.toFixed(0)} ms, then warm): CPU per visit p50 ${cpu.p50.toFixed(2)} ms, p95 ${cpu.p95.toFixed(2)} ms, mean ${(cpuMs.reduce((a, b) => a + b, 0) / cpuMs.length).toFixed(2)} ms; wall p95 ${stats(wallMs).p95.toFixed(2)} ms; ${(queries / visits.length).toFixed(1)} SQL queries per visit`,
);
console.log(
  `target code suggestion ≤ 5 ms CPU per visit: ${cpu.p50 <= 5 ? 'met' : 'NOT met'} (p50 ${cpu.p50.toFixed(2)} ms)`,
);
