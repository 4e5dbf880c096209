/**
 * `npm run codes:train`: regenerates server/coding/ranking-model.json and code-profiles.json byte for
 * byte from the team library (../shared): FY2026 titles and hierarchy, the FY2017 alphabetic index
 * (re-validated against FY2026) and CodiEsp **train** (500 coded case reports; dev is never read). It
 * learns which mention words support which codes (leave-one-document-out counts), the weights of a
 * logistic model over the title/index match features, the code and category profiles (TF-IDF
 * centroids) with each report's pruned vector for the nearest-report vote, and the logistic blend of
 * match, profile similarity and that vote (fitted on 5-fold cross-validated profiles and reports, so
 * no report votes for itself), whose output is the suggestion's confidence. The reports are coded in
 * the inpatient setting (coding-setting.ts), as CodiEsp's coders coded them. It prints the out-of-fold
 * train lists' P@5, R@10 and MAP as eval:codes scores dev (the train figures to tune on). About 10
 * minutes on 2 idle cores.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { builtinResources } from '../../../shared/clinical/offline/resources.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { openDatabase } from '../../db/client.js';
import { candidateIndexFor } from '../candidate-index.js';
import { CATEGORY_FEATURES, CODE_FEATURES, rankByCategory } from '../category-ranking.js';
import { BLEND_FEATURES, blendedConfidence, blendFeatures } from '../code-blend.js';
import type { CodeCandidate } from '../code-candidates.js';
import { CODE_PROFILES_URL } from '../code-profiles.js';
import { codeFeatures, FEATURES, mentionKey, RANKING_MODEL_URL, type RankingModel } from '../code-ranker.js';
import { candidateCodes, collectCandidates, guidelineCodes, type RankedCode } from '../codes.suggest.js';
import { codingMentions } from '../coding-mentions.js';
import { importIcd10 } from '../icd10-import.js';
import { textFeatures } from '../text-features.js';
import { asEncounter, goldCodes, readCodiEsp } from './codiesp.js';
import { fitCategoryRanking, UNTRAINED_CATEGORY_RANKING } from './fit-category-ranking.js';
import { fitCodeProfiles } from './fit-code-profiles.js';
import { fitLogistic } from './logistic.js';
import { meanScores, type RankingScores } from './ranking-metrics.js';

/** A mention–code link seen in fewer training documents is noise and is not kept. */
const MIN_LINK_DOCS = 2;
/** Folds of train for the profile similarities the blend is fitted on (never a report's own profile). */
const FOLDS = 5;
const TRAINED_ON = 'CodiEsp train (English, diagnosis codes); ICD-10-CM FY2026; FY2017 index re-validated';

// --dump PATH writes the blend's training rows (JSON) for analysis.
const { values } = parseArgs({ options: { dump: { type: 'string' } } });

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
const indexPath = sharedDataPath('icd10cm', 'icd10cm_index_fy2017_flat.tsv.gz');
if (!existsSync(indexPath)) throw new Error('The FY2017 index is missing from the team library');
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
  indexPath,
});
const vocabulary = (await candidateIndexFor(database.db)).vocabulary ?? undefined;
const context = builtinResources().context;
const train = readCodiEsp('train');

const docs = train.map((c) => {
  const mentions = codingMentions(asEncounter(c), vocabulary, context);
  const keys = new Set(mentions.filter((m) => m.role !== 'none').map((m) => mentionKey(m.phrase)));
  keys.delete('');
  const features = [...textFeatures(asEncounter(c).segments, context).keys()];
  return { mentions, keys, gold: new Set(goldCodes(c)), encounter: asEncounter(c), features };
});

// Pass 1: which mention words go with which coder-assigned codes.
const codeDocs = new Map<string, number>();
const keyDocs = new Map<string, number>();
const links = new Map<string, Map<string, number>>();
for (const d of docs) {
  for (const code of d.gold) codeDocs.set(code, (codeDocs.get(code) ?? 0) + 1);
  for (const key of d.keys) {
    keyDocs.set(key, (keyDocs.get(key) ?? 0) + 1);
    const row = links.get(key) ?? new Map<string, number>();
    for (const code of d.gold) row.set(code, (row.get(code) ?? 0) + 1);
    links.set(key, row);
  }
}
const keyCodes: Record<string, Record<string, number>> = {};
for (const key of [...links.keys()].sort()) {
  const row = links.get(key);
  const kept = [...(row ?? [])].filter(([, n]) => n >= MIN_LINK_DOCS).sort(([a], [b]) => a.localeCompare(b));
  if (kept.length > 0) keyCodes[key] = Object.fromEntries(kept);
}
const sorted = (m: Map<string, number>, keep: (k: string) => boolean) =>
  Object.fromEntries([...m].filter(([k]) => keep(k)).sort(([a], [b]) => a.localeCompare(b)));
const model: RankingModel = {
  trainedOn: TRAINED_ON,
  documents: docs.length,
  features: [...FEATURES],
  weights: FEATURES.map(() => 0),
  bias: 0,
  codeDocs: sorted(codeDocs, () => true),
  keyDocs: sorted(keyDocs, (k) => k in keyCodes),
  keyCodes,
  blend: { features: [...BLEND_FEATURES], weights: BLEND_FEATURES.map(() => 0), bias: 0 },
  categoryRanking: UNTRAINED_CATEGORY_RANKING,
};

// Pass 2: candidate features with each document's own counts left out, labelled by the coder's codes.
const rows: number[][] = [];
const labels: number[] = [];
const cache = new Map<string, readonly CodeCandidate[]>();
for (const d of docs) {
  const leaveOut = { keys: d.keys, codes: d.gold };
  const { candidates } = await collectCandidates(database.db, d.mentions, model, cache, leaveOut);
  for (const c of [...candidates.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    rows.push(codeFeatures(model, c.code, c.supports, leaveOut));
    labels.push(d.gold.has(c.code) ? 1 : 0);
  }
}
const fit = fitLogistic(rows, labels);
model.weights = fit.weights.map((w) => Number(w.toFixed(6)));
model.bias = Number(fit.bias.toFixed(6));
const positives = labels.filter((l) => l === 1).length;
console.log(
  `ranking model: ${docs.length} training reports, ${rows.length} candidates (${positives} coded), ${Object.keys(keyCodes).length} mention keys; log-loss ${fit.logLoss.toFixed(4)}`,
);
console.log(FEATURES.map((f, i) => `${f} ${model.weights[i]}`).join(', '), `bias ${model.bias}`);

// Pass 3: code profiles from all of train, and the blend fitted on cross-validated profiles.
const labelled = docs.map((d) => ({ features: d.features, codes: d.gold }));
const profiles = fitCodeProfiles(labelled, {}, TRAINED_ON);
const foldProfiles = Array.from({ length: FOLDS }, (_, k) =>
  fitCodeProfiles(
    labelled.filter((_, i) => i % FOLDS !== k),
    {},
    TRAINED_ON,
  ),
);
const blendRows: number[][] = [];
const blendLabels: number[] = [];
const dump: unknown[] = [];
const outOfFold: Array<Awaited<ReturnType<typeof candidateCodes>>> = [];
for (const [i, d] of docs.entries()) {
  const candidates = await candidateCodes(database.db, d.encounter, {
    model,
    profiles: foldProfiles[i % FOLDS],
    leaveOut: { keys: d.keys, codes: d.gold },
    cache,
    vocabulary,
    context,
  });
  outOfFold.push(candidates);
  for (const c of [...candidates.scored].sort((a, b) => a.code.localeCompare(b.code))) {
    blendRows.push(blendFeatures(c.blend));
    blendLabels.push(d.gold.has(c.code) ? 1 : 0);
    if (values.dump) dump.push({ doc: i, code: c.code, gold: d.gold.has(c.code), ...c.blend });
  }
}
const blend = fitLogistic(blendRows, blendLabels);
model.blend = {
  features: [...BLEND_FEATURES],
  weights: blend.weights.map((w) => Number(w.toFixed(6))),
  bias: Number(blend.bias.toFixed(6)),
};

// Pass 4: the category stage on each report's out-of-fold list after the guidelines.
const lists: RankedCode[][] = [];
for (const [i, d] of docs.entries()) {
  const candidates = outOfFold[i];
  if (!candidates) continue;
  const scored = candidates.scored.map((c) => ({ ...c, confidence: blendedConfidence(model, c.blend) }));
  lists.push(await guidelineCodes(database.db, d.encounter, { scored, status: candidates.status }));
}
await database.close();
const { trainPrecision, ...categoryRanking } = fitCategoryRanking(
  lists,
  docs.map((d) => d.gold),
);
model.categoryRanking = categoryRanking;
// The out-of-fold lists scored as eval:codes scores dev (top 20): the train figures of the engine.
const figures = meanScores(
  lists.map((list) =>
    rankByCategory(categoryRanking, list)
      .slice(0, 20)
      .map((c) => c.code),
  ),
  docs.map((d) => [...d.gold]),
);
writeFileSync(RANKING_MODEL_URL, `${JSON.stringify(model)}\n`);
writeFileSync(CODE_PROFILES_URL, `${JSON.stringify(profiles)}\n`);
if (values.dump) writeFileSync(values.dump, JSON.stringify(dump));
console.log(
  `code profiles: ${Object.keys(profiles.codes).length} codes; blend: ${blendRows.length} candidates (${blendLabels.filter((l) => l === 1).length} coded), log-loss ${blend.logLoss.toFixed(4)}`,
);
console.log(
  BLEND_FEATURES.map((f, i) => `${f} ${model.blend.weights[i]}`).join(', '),
  `bias ${model.blend.bias}`,
);
const stage = model.categoryRanking;
console.log(
  `category stage: category ${CATEGORY_FEATURES.map((f, i) => `${f} ${stage.category.weights[i]}`).join(', ')}, bias ${stage.category.bias}; code ${CODE_FEATURES.map((f, i) => `${f} ${stage.code.weights[i]}`).join(', ')}, bias ${stage.code.bias}; category share ${stage.categoryShare}; ${stage.calibration.length} calibration steps; out-of-fold train lists: mean of full-code and category average precision ${trainPrecision.toFixed(4)}`,
);
const f3 = (x: number) => x.toFixed(3);
const line = (s: RankingScores) =>
  `P@5 ${f3(s.precisionAt5)} R@10 ${f3(s.recallAt10)} MAP ${f3(s.averagePrecision)}`;
console.log(
  `out-of-fold train lists scored as eval:codes scores dev (the category stage is fitted on these lists): full code ${line(figures.full)}, category ${line(figures.category)}`,
);
