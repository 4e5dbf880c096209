/**
 * `npx tsx test/eval/codes/fit-where-said.ts`: measures, on our ACI-Bench **train** labels only (speaker
 * labels removed, both ASR-like variants and the ASR variant), the log-odds an office visit's
 * candidate gets for where its problem was said (server/coding/where-said.ts). Each visit is drafted
 * and its candidates scored once without those offsets; then each setting of the offsets is applied,
 * the guideline rules run, and the codes kept above the engine's floor are scored: R@10, and P@5 of
 * the codes shown after a Platt recalibration fitted on the same lists (as
 * fit-outpatient-calibration.ts does). It also fits the offsets as a logistic model of the coder's
 * labels over every candidate (the blend's log-odds and where it was said), and prints how many gold
 * codes each where-said group holds and where they rank. Valid is never read.
 */
import { parseArgs } from 'node:util';
import type { CodeCandidate } from '../../../server/coding/code-candidates.js';
import { candidateCodes, guidelineCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import {
  fitPlatt,
  type PlattCalibration,
  recalibrated,
} from '../../../server/coding/outpatient-calibration.js';
import { fitLogistic } from '../../../server/coding/training/logistic.js';
import {
  WHERE_SAID_OFFSETS,
  type WhereSaidOffsets,
  whereSaidOffset,
} from '../../../server/coding/where-said.js';
import { openDatabase } from '../../../server/db/client.js';
import { CONFIDENT_CODE_SCORE } from '../../../shared/clinical/codes.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { draftedVisit, readAciLabels, readAciTranscripts } from './aci-codes.js';

const { values } = parseArgs({ options: { grid: { type: 'boolean' } } });
const FLOOR = 0.05;
const ZERO: WhereSaidOffsets = {
  stated: 0,
  assessed: 0,
  assessedBesideStated: 0,
  unassessedBesideStated: 0,
  unassessed: 0,
};

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const labels = readAciLabels('train');
const resources = loadOfflineResources();
const cache = new Map<string, readonly CodeCandidate[]>();
const visits: Array<{
  variant: string;
  gold: string[];
  input: ReturnType<typeof draftedVisit>;
  candidates: Awaited<ReturnType<typeof candidateCodes>>;
}> = [];
for (const t of readAciTranscripts('train', true)) {
  const gold = labels.get(t.encounterId);
  if (!gold) continue;
  const input = draftedVisit(t.text, resources);
  const candidates = await candidateCodes(database.db, input, { cache, whereSaid: ZERO });
  visits.push({ variant: t.variant, gold, input, candidates });
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each visit's guideline-ranked codes (raw confidences) under `offsets`. */
async function ranked(offsets: WhereSaidOffsets) {
  const out = [];
  for (const v of visits) {
    const scored = v.candidates.scored.map((c) => ({
      ...c,
      confidence: sigmoid(
        logit(c.confidence) + whereSaidOffset(c, v.candidates.statedAny, 'outpatient', offsets),
      ),
    }));
    const codes = await guidelineCodes(database.db, v.input, {
      scored,
      status: v.candidates.status,
      index: v.candidates.index,
    });
    out.push({ v, codes });
  }
  return out;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** `floor`: the lowest confidence kept, read on the raw confidence or on the committed calibration's. */
async function score(name: string, offsets: WhereSaidOffsets, floor = { calibrated: false, at: FLOOR }) {
  const lists = (await ranked(offsets)).map(({ v, codes }) => ({
    v,
    top: codes
      .filter((c) => (floor.calibrated ? recalibrated(c.confidence) : c.confidence) >= floor.at)
      .slice(0, 10),
  }));
  const platt: PlattCalibration = fitPlatt(
    lists.flatMap((l) => l.top.map((c) => c.confidence)),
    lists.flatMap((l) => l.top.map((c) => (l.v.gold.includes(c.code) ? 1 : 0))),
  );
  const byVariant = new Map<string, { p: number[]; r: number[] }>();
  for (const { v, top } of lists) {
    const shown = top.filter((c) => recalibrated(c.confidence, platt) >= CONFIDENT_CODE_SCORE).slice(0, 5);
    const row = byVariant.get(v.variant) ?? { p: [], r: [] };
    row.p.push(shown.length === 0 ? 0 : shown.filter((c) => v.gold.includes(c.code)).length / shown.length);
    row.r.push(top.filter((c) => v.gold.includes(c.code)).length / v.gold.length);
    byVariant.set(v.variant, row);
  }
  const all = [...byVariant.values()];
  const listed = lists.flatMap((l) => l.top.map((c) => (l.v.gold.includes(c.code) ? 1 : 0)));
  console.log(
    `${name.padEnd(44)} ${[...byVariant].map(([k, r]) => `${k} P@5 ${mean(r.p).toFixed(3)} R@10 ${mean(r.r).toFixed(3)}`).join(' | ')} | all ${mean(all.flatMap((r) => r.p)).toFixed(3)}/${mean(all.flatMap((r) => r.r)).toFixed(3)} platt ${platt.slope.toFixed(2)},${platt.intercept.toFixed(2)}; ${(listed.length / lists.length).toFixed(1)} codes/visit, ${mean(listed).toFixed(3)} gold`,
  );
}

// Where the gold codes are under the current offsets.
const groups = new Map<string, { gold: number; top10: number; belowFloor: number; below10: number }>();
const groupOf = (c: { stated: boolean; assessed: boolean }, statedAny: boolean) =>
  c.stated ? 'stated' : `${c.assessed ? 'assessed' : 'unassessed'}${statedAny ? ' beside stated' : ''}`;
for (const { v, codes } of await ranked(WHERE_SAID_OFFSETS)) {
  const kept = codes.filter((c) => c.confidence >= FLOOR);
  for (const c of codes) {
    if (!v.gold.includes(c.code)) continue;
    const g = groups.get(groupOf(c, v.candidates.statedAny)) ?? {
      gold: 0,
      top10: 0,
      belowFloor: 0,
      below10: 0,
    };
    g.gold++;
    const place = kept.indexOf(c);
    if (place < 0) g.belowFloor++;
    else if (place < 10) g.top10++;
    else g.below10++;
    groups.set(groupOf(c, v.candidates.statedAny), g);
  }
}
console.log('gold codes kept by the guidelines, by where said (current offsets):');
for (const [k, g] of groups) console.log(`  ${k.padEnd(26)} ${JSON.stringify(g)}`);

// The offsets as a learnt model: logistic over every guideline-kept candidate (current offsets decide
// the guideline order), features = blend log-odds and one indicator per where-said group.
const rows: number[][] = [];
const ys: number[] = [];
for (const { v, codes } of await ranked(WHERE_SAID_OFFSETS)) {
  const statedAny = v.candidates.statedAny;
  for (const c of codes) {
    if (c.supports === undefined) continue;
    const base = v.candidates.scored.find((s) => s.code === c.code);
    if (!base) continue;
    rows.push([
      logit(base.confidence),
      c.stated ? 1 : 0,
      !c.stated && c.assessed && !statedAny ? 1 : 0,
      !c.stated && c.assessed && statedAny ? 1 : 0,
      !c.stated && !c.assessed && statedAny ? 1 : 0,
    ]);
    ys.push(v.gold.includes(c.code) ? 1 : 0);
  }
}
const fit = fitLogistic(rows, ys, { iterations: 3000, l2: 0 });
const [a = 1, ...b] = fit.weights;
const learnt: WhereSaidOffsets = {
  stated: (b[0] ?? 0) / a,
  assessed: (b[1] ?? 0) / a,
  assessedBesideStated: (b[2] ?? 0) / a,
  unassessedBesideStated: (b[3] ?? 0) / a,
  unassessed: 0,
};
console.log(
  `learnt (${rows.length} candidates, ${ys.filter((y) => y === 1).length} gold): slope ${a.toFixed(3)}, offsets ${JSON.stringify(Object.fromEntries(Object.entries(learnt).map(([k, x]) => [k, Number(x.toFixed(2))])))}`,
);

await score('current', WHERE_SAID_OFFSETS);
await score('learnt', learnt);
// The engine's floor read on the recalibrated confidence instead of the raw one.
await score('current, floor 0.05 calibrated', WHERE_SAID_OFFSETS, { calibrated: true, at: FLOOR });
await score('unassessedBesideStated -2.5', { ...WHERE_SAID_OFFSETS, unassessedBesideStated: -2.5 });
if (values.grid) {
  for (const u of [-2.5, -2, -1.5, -1, -0.5])
    await score(`unassessedBesideStated ${u}`, { ...WHERE_SAID_OFFSETS, unassessedBesideStated: u });
  for (const x of [-0.5, 0.5, 1])
    await score(`assessedBesideStated ${x}`, { ...WHERE_SAID_OFFSETS, assessedBesideStated: x });
  for (const x of [3, 5]) await score(`stated ${x}`, { ...WHERE_SAID_OFFSETS, stated: x });
  for (const x of [1, 2]) await score(`assessed ${x}`, { ...WHERE_SAID_OFFSETS, assessed: x });
  for (const x of [-1, 1]) await score(`unassessed ${x}`, { ...WHERE_SAID_OFFSETS, unassessed: x });
}
await database.close();
