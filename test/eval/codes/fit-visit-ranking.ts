/**
 * `npx tsx test/eval/codes/fit-visit-ranking.ts [--write] [--folds 5] [--l2 0.01] [--threshold]`: fits the office-visit
 * re-ranker (server/coding/visit-ranking.ts) on our ACI-Bench **train** labels. Each labelled train
 * transcript (speaker labels removed, both ASR-like variants, and the train ASR where it exists) is
 * drafted and coded; every code it is offered (raw blended order, before the limit) is a row, labelled
 * by the coder's codes. It prints, per variant, the P@5 of the codes shown (confidence ≥ 0.5, at most
 * 5) and R@10 of the engine as it stood (raw order, Platt-recalibrated confidence) and of the re-ranker
 * in sample and **out of fold** (k folds by encounter: every variant of an encounter in one fold), the
 * honest train figure. With --write it stores the weights fitted on all of train in
 * server/coding/visit-ranking-model.json. Valid is never read. --rows FILE keeps the coded rows (they
 * are re-read when the file exists) so the fit can be rerun without coding the visits again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { candidateIndexFor } from '../../../server/coding/candidate-index.js';
import { offeredCodesIn } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { recalibrated } from '../../../server/coding/outpatient-calibration.js';
import { fitLogistic } from '../../../server/coding/training/logistic.js';
import {
  VISIT_RANKING_FEATURES,
  VISIT_RANKING_MODEL_URL,
  type VisitCandidate,
  type VisitContext,
  type VisitRankingModel,
  visitConfidences,
  visitRankingRows,
} from '../../../server/coding/visit-ranking.js';
import { openDatabase } from '../../../server/db/client.js';
import { CONFIDENT_CODE_SCORE } from '../../../shared/clinical/codes.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { draftedVisit, readAciLabels, readAciTranscripts } from './aci-codes.js';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean' },
    folds: { type: 'string' },
    l2: { type: 'string' },
    rows: { type: 'string' },
    threshold: { type: 'boolean' },
  },
});
const FOLDS = Number(values.folds ?? 5);
const L2 = Number(values.l2 ?? 0.01);

interface Visit {
  encounterId: string;
  variant: string;
  gold: string[];
  context: VisitContext;
  candidates: VisitCandidate[];
}

async function codedVisits(): Promise<Visit[]> {
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  await database.migrate();
  await importIcd10(database.db, {
    orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
  });
  const index = await candidateIndexFor(database.db);
  const labels = readAciLabels('train');
  const cache = new Map();
  const out: Visit[] = [];
  for (const t of readAciTranscripts('train', true)) {
    const gold = labels.get(t.encounterId);
    if (!gold) continue;
    const { offered, visit } = offeredCodesIn(index, draftedVisit(t.text), {
      cache,
      rawConfidence: true,
      belowFloor: true,
    });
    out.push({
      encounterId: t.encounterId,
      variant: t.variant,
      gold,
      context: visit,
      candidates: offered.map((c) => ({
        code: c.code,
        title: c.title,
        confidence: c.confidence,
        stated: c.stated,
        assessed: c.assessed,
        supports: c.supports.map((s) => ({ position: s.position, learnedOnly: s.learnedOnly })),
        seqs: c.seqs,
        phrases: c.phrases,
        similarity: c.similarity,
        neighbourVote: c.neighbourVote,
        aboveFloor: c.aboveFloor,
      })),
    });
  }
  await database.close();
  return out;
}

const visits: Visit[] =
  values.rows && existsSync(values.rows)
    ? JSON.parse(readFileSync(values.rows, 'utf8'))
    : await codedVisits();
if (values.rows && !existsSync(values.rows)) writeFileSync(values.rows, JSON.stringify(visits));

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** A visit's codes in the order and with the confidence a model (none: the engine before) gives. */
const listed = (v: Visit, model: VisitRankingModel | undefined) => {
  if (!model)
    return v.candidates
      .filter((c) => c.aboveFloor)
      .map((c) => ({ code: c.code, confidence: recalibrated(c.confidence) }));
  const scores = visitConfidences(model, v.candidates, v.context);
  return v.candidates
    .map((c, i) => ({ code: c.code, confidence: scores[i] ?? 0 }))
    .sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code));
};

/** P@5 of the codes shown, R@10, and how many are shown, of one visit's list. */
const scored = (v: Visit, model: VisitRankingModel | undefined) => {
  const list = listed(v, model).slice(0, 10);
  const shown = list.filter((c) => c.confidence >= CONFIDENT_CODE_SCORE).slice(0, 5);
  const hits = (l: readonly { code: string }[]) => l.filter((c) => v.gold.includes(c.code)).length;
  return {
    p: shown.length === 0 ? 0 : hits(shown) / shown.length,
    r: hits(list) / v.gold.length,
    shown: shown.length,
  };
};

const encounters = [...new Set(visits.map((v) => v.encounterId))].sort();
const foldOf = (v: Visit) => encounters.indexOf(v.encounterId) % FOLDS;

/**
 * The logistic fit of the coder's labels, then (with --threshold) the shift of its bias that makes the
 * codes shown (confidence ≥ 0.5) most precise on the same visits: the threshold is chosen in sample of
 * the fold's own training visits, so the out-of-fold figure stays honest.
 */
const fitModel = (kept: readonly Visit[]): VisitRankingModel => {
  const rows = kept.flatMap((v) => visitRankingRows(v.candidates, v.context));
  const labels = kept.flatMap((v) => v.candidates.map((c) => (v.gold.includes(c.code) ? 1 : 0)));
  const fitted = fitLogistic(rows, labels, { iterations: 3000, l2: L2 });
  const model = {
    trainedOn: '',
    features: [...VISIT_RANKING_FEATURES],
    weights: fitted.weights,
    bias: fitted.bias,
  };
  if (!values.threshold) return model;
  let best = { shift: 0, p: -1 };
  for (let shift = -1.5; shift <= 1.501; shift += 0.25) {
    const p = mean(kept.map((v) => scored(v, { ...model, bias: model.bias + shift }).p));
    if (p > best.p + 1e-9) best = { shift, p };
  }
  return { ...model, bias: model.bias + best.shift };
};

const report = (name: string, modelOf: (v: Visit) => VisitRankingModel | undefined) => {
  const byVariant = new Map<string, Array<{ p: number; r: number; shown: number }>>();
  for (const v of visits) {
    const rows = byVariant.get(v.variant) ?? [];
    rows.push(scored(v, modelOf(v)));
    byVariant.set(v.variant, rows);
  }
  const cells = [...byVariant].map(
    ([variant, rows]) =>
      `${variant} (${rows.length}) P@5 ${mean(rows.map((r) => r.p)).toFixed(3)} R@10 ${mean(rows.map((r) => r.r)).toFixed(3)} shown ${mean(rows.map((r) => r.shown)).toFixed(1)}`,
  );
  console.log(`${name.padEnd(22)} ${cells.join(' | ')}`);
};

const all = fitModel(visits);
const perFold = Array.from({ length: FOLDS }, (_, k) => fitModel(visits.filter((v) => foldOf(v) !== k)));
report('before (Platt)', () => undefined);
report('re-ranked, in sample', () => all);
report(`re-ranked, ${FOLDS}-fold OOF`, (v) => perFold[foldOf(v)]);
const round = (x: number) => Number(x.toFixed(4));
for (const [i, name] of VISIT_RANKING_FEATURES.entries())
  console.log(`${name.padEnd(34)} ${round(all.weights[i] ?? 0)}`);
console.log(`${'bias'.padEnd(34)} ${round(all.bias)}`);
if (values.write) {
  const model: VisitRankingModel = {
    trainedOn: `ACI-Bench train, ${encounters.length} labelled encounters, ${visits.length} transcripts (labels removed, ASR-like, ASR); l2 ${L2}`,
    features: [...VISIT_RANKING_FEATURES],
    weights: all.weights.map(round),
    bias: round(all.bias),
  };
  writeFileSync(VISIT_RANKING_MODEL_URL, `${JSON.stringify(model, null, 2)}\n`);
  console.log('wrote server/coding/visit-ranking-model.json');
}
