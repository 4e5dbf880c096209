/**
 * `npm run eval:codes`: ICD-10-CM suggestion quality on CodiEsp train+dev (750 English case reports,
 * diagnosis codes). Each report is one clinician narrative: mentions come from the narrative
 * extractor, codes from suggestCodes over the full FY2026 release on PGlite. Reports precision@5,
 * recall@10 and MAP at full-code and 3-character category level.
 * Options: --limit N (first N reports), --split train|dev.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CodeCandidate } from '../../../server/coding/code-candidates.js';
import { suggestCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import {
  extractNarrativeMentions,
  loadClinicalVocabulary,
} from '../../../server/coding/narrative-mentions.js';
import { openDatabase } from '../../../server/db/client.js';
import { icd10Codes } from '../../../server/db/schema/icd10.js';
import { builtinResources } from '../../../shared/clinical/offline/index.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { type RankingScores, scoreRanking } from './ranking-metrics.js';

const caseSchema = z.object({
  id: z.string(),
  split: z.string(),
  text_en: z.string(),
  codes_icd10_D: z.array(z.string()),
});

const { values } = parseArgs({ options: { limit: { type: 'string' }, split: { type: 'string' } } });
const cases = readFileSync(sharedDataPath('coding', 'codiesp', 'codiesp_en_D_train_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim().length > 0)
  .map((l) => caseSchema.parse(JSON.parse(l)))
  .filter((c) => !values.split || c.split === values.split)
  .slice(0, values.limit ? Number(values.limit) : undefined);

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const known = new Set(
  (await database.db.select({ code: icd10Codes.code }).from(icd10Codes)).map((r) => r.code),
);
const vocabulary = await loadClinicalVocabulary(
  database.db,
  sharedDataPath('icd10cm', 'icd10cm_index_fy2017_flat.tsv.gz'),
);
const context = builtinResources().context;
const cache = new Map<string, CodeCandidate[]>();

const full: RankingScores[] = [];
const category: RankingScores[] = [];
let goldTotal = 0;
let goldUnknown = 0;
let mentionsTotal = 0;
const started = performance.now();
for (const c of cases) {
  const gold = [...new Set(c.codes_icd10_D.map((code) => code.toUpperCase().replace('.', '')))];
  goldTotal += gold.length;
  goldUnknown += gold.filter((g) => !known.has(g)).length;
  const mentions = extractNarrativeMentions(c.text_en, vocabulary, context);
  mentionsTotal += mentions.length;
  const segments = [{ seq: 0, startMs: 0, endMs: 0, speaker: 'clinician' as const, text: c.text_en }];
  const suggestions = await suggestCodes(
    database.db,
    { mentions, segments, content: { sections: [], drafter: 'offline', warnings: [] } },
    { limit: 20, cache },
  );
  const predicted = suggestions.map((s) => s.code);
  full.push(scoreRanking(predicted, gold));
  category.push(
    scoreRanking(
      predicted.map((p) => p.slice(0, 3)),
      gold.map((g) => g.slice(0, 3)),
    ),
  );
}
await database.close();

const mean = (xs: RankingScores[], key: keyof RankingScores) =>
  xs.reduce((s, x) => s + x[key], 0) / Math.max(xs.length, 1);
const seconds = (performance.now() - started) / 1000;
console.log(
  `CodiEsp ${values.split ?? 'train+dev'}: ${cases.length} reports, ${goldTotal} gold codes (${goldUnknown} not in FY2026), ${mentionsTotal} mentions, ${seconds.toFixed(0)} s`,
);
console.log(`${'level'.padEnd(12)} ${'P@5'.padStart(7)} ${'R@10'.padStart(7)} ${'MAP'.padStart(7)}`);
for (const [name, scores] of [
  ['full code', full],
  ['category', category],
] as const) {
  console.log(
    `${name.padEnd(12)} ${mean(scores, 'precisionAt5').toFixed(3).padStart(7)} ${mean(scores, 'recallAt10').toFixed(3).padStart(7)} ${mean(scores, 'averagePrecision').toFixed(3).padStart(7)}`,
  );
}
