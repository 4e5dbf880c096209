/**
 * CPU of one drafting-worker job, split by phase: the draft, code suggestion, and the copies of the
 * job and its reply between threads (structured clone, as postMessage does), over the visits
 * `bench:load` drafts (ACI-Bench valid, every other without speaker labels), after `--warm` rounds
 * over them. It also splits this thread's CPU from V8's helper threads' (concurrent JIT compilation,
 * parallel GC) and counts GC pauses. Faster to iterate on than cpu-per-request (no database).
 * The figure depends mostly on `--warm`: the JIT is still compiling after 20 jobs (on a busy 2-core
 * machine: about 105 ms per job after 1 round, 80 after 5, 61 after 10).
 * `--no-codes` / `--no-index`: the draft alone, with or without the release's index in the heap.
 * Usage: tsx test/bench/draft/coded-draft-cpu.ts [--rounds 3] [--warm 1] [--profile FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { CandidateIndex } from '../../../server/coding/candidate-index.js';
import { suggestCodesIn } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { loadReleaseData, type ReleaseData } from '../../../server/coding/release-data.js';
import { openDatabase } from '../../../server/db/client.js';
import { withDraftMemo } from '../../../shared/clinical/offline/draft-memo.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { loadAciSplit } from '../../eval/notes/aci-data.js';
import { icd10ReleasePath } from '../../load/bench-server.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    warm: { type: 'string', default: '1' },
    profile: { type: 'string' },
    /** Draft only, without building the release's index (what the index's heap costs the draft). */
    'no-index': { type: 'boolean', default: false },
    /** Build the index but suggest no codes (what the index's presence alone costs the draft). */
    'no-codes': { type: 'boolean', default: false },
    /** A file the release data is kept in between runs (an import costs a minute of CPU). */
    cache: { type: 'string', default: '/tmp/scribe-release-data.v8' },
  },
});

async function releaseData(): Promise<ReleaseData> {
  if (existsSync(values.cache!)) return deserialize(readFileSync(values.cache!)) as ReleaseData;
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  await database.migrate();
  await importIcd10(database.db, { orderPath: icd10ReleasePath() });
  const data = await loadReleaseData(database.db);
  await database.close();
  writeFileSync(values.cache!, serialize(data));
  return data;
}

const index = values['no-index'] ? undefined : new CandidateIndex(await releaseData());
const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const visits: TranscriptSegment[][] = loadAciSplit('valid').map((r, c) =>
  parseAciDialogue(r.dialogue).segments.map((s, seq) => ({
    ...s,
    seq,
    speaker: c % 2 === 1 ? ('unknown' as const) : s.speaker,
  })),
);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** This thread's CPU (ms), from /proc (clock ticks: only totals over many jobs are meaningful). */
const threadCpu = () => {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const totals = { jobIn: 0, draft: 0, codes: 0, replyOut: 0 };
const collect = (globalThis as { gc?: () => void }).gc;
function job(segments: TranscriptSegment[], count: boolean) {
  // With --expose-gc: each job starts on a collected heap (whose cost is then not counted).
  collect?.();
  const t0 = cpu();
  const received = deserialize(serialize({ kind: 'draft', segments, template, options: {} })) as {
    segments: TranscriptSegment[];
  };
  const t1 = cpu();
  let tDraft = 0;
  const { draft, codes } = withDraftMemo(() => {
    const draft = draftOffline(received.segments, template, resources, {});
    tDraft = cpu();
    if (!index || values['no-codes']) return { draft, codes: [] };
    const codes = suggestCodesIn(index, {
      mentions: draft.mentions,
      segments: received.segments,
      content: draft.content,
      setting: 'outpatient',
    });
    return { draft, codes };
  });
  const t2 = cpu();
  const { mentions: _served, ...withoutMentions } = draft;
  deserialize(serialize({ id: 1, draft: withoutMentions, codes }));
  const t3 = cpu();
  if (count) {
    totals.jobIn += t1 - t0;
    totals.draft += tDraft - t1;
    totals.codes += t2 - tDraft;
    totals.replyOut += t3 - t2;
  }
}

for (let r = 0; r < Number(values.warm); r++) for (const v of visits) job(v, false);
const session = values.profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const rounds = Number(values.rounds);
const gcs = new Map<string, { n: number; ms: number }>();
const gcKinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const { detail } = e as PerformanceEntry & { detail?: { kind: number } };
    const kind = gcKinds[detail?.kind ?? -1] ?? 'other';
    const g = gcs.get(kind) ?? { n: 0, ms: 0 };
    g.n++;
    g.ms += e.duration;
    gcs.set(kind, g);
  }
});
observer.observe({ entryTypes: ['gc'] });
const thread0 = threadCpu();
const all0 = cpu();
for (let r = 0; r < rounds; r++) for (const v of visits) job(v, true);
const threadMs = threadCpu() - thread0;
const allMs = cpu() - all0;
await new Promise((r) => setTimeout(r, 100));
observer.disconnect();
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
  session.disconnect();
}
const n = rounds * visits.length;
const per = (ms: number) => (ms / n).toFixed(2);
console.log(
  `${n} jobs over ${visits.length} visits, CPU ms per job: draft ${per(totals.draft)}, codes ${per(totals.codes)}, ` +
    `job in ${per(totals.jobIn)}, reply out ${per(totals.replyOut)}, ` +
    `all ${per(totals.jobIn + totals.draft + totals.codes + totals.replyOut)} ` +
    `(this thread ${per(threadMs)}, other threads ${per(allMs - threadMs)}); GC pauses ` +
    [...gcs].map(([k, g]) => `${k} ${g.n}× ${g.ms.toFixed(0)} ms`).join(', '),
);
