/**
 * `npx tsx test/eval/codes/fit-outpatient-calibration.ts`: fits the Platt recalibration of office-visit
 * confidences (server/coding/outpatient-calibration.ts) on our ACI-Bench **train** labels: each
 * labelled train transcript (speaker labels removed, and both ASR-like variants) is drafted and coded
 * with its raw confidences, and the top 10 codes per visit are labelled by the coder's codes. It
 * prints the fitted slope and intercept to commit, and the P@5 of the codes shown (confidence ≥ 0.5,
 * at most 5) raw, in sample and out of fold (2 folds by encounter, both variants of an encounter in
 * the same fold): the honest train figure. Valid is never read.
 */

import { suggestCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import {
  fitPlatt,
  type PlattCalibration,
  recalibrated,
} from '../../../server/coding/outpatient-calibration.js';
import { openDatabase } from '../../../server/db/client.js';
import { CONFIDENT_CODE_SCORE } from '../../../shared/clinical/codes.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { draftedVisit, readAciLabels, readAciTranscripts } from './aci-codes.js';

const FOLDS = 2;

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const labels = readAciLabels('train');
const encounters = [...labels.keys()].sort();
const cache = new Map();
const lists: Array<{ fold: number; variant: string; codes: Array<{ confidence: number; gold: boolean }> }> =
  [];
for (const t of readAciTranscripts('train', true)) {
  const gold = labels.get(t.encounterId);
  if (!gold || t.variant === 'ASR') continue;
  const suggestions = await suggestCodes(database.db, draftedVisit(t.text), {
    limit: 10,
    cache,
    rawConfidence: true,
  });
  lists.push({
    fold: encounters.indexOf(t.encounterId) % FOLDS,
    variant: t.variant,
    codes: suggestions.map((s) => ({ confidence: s.score, gold: gold.includes(s.code) })),
  });
}
await database.close();

const fitOn = (kept: typeof lists) =>
  fitPlatt(
    kept.flatMap((l) => l.codes.map((c) => c.confidence)),
    kept.flatMap((l) => l.codes.map((c) => (c.gold ? 1 : 0))),
  );
/** Mean P@5 of the codes shown per variant, with each list's calibration (none: raw). */
const precision = (calibrationOf: (fold: number) => PlattCalibration | undefined) => {
  const byVariant = new Map<string, number[]>();
  for (const l of lists) {
    const calibration = calibrationOf(l.fold);
    const shown = l.codes
      .filter(
        (c) => (calibration ? recalibrated(c.confidence, calibration) : c.confidence) >= CONFIDENT_CODE_SCORE,
      )
      .slice(0, 5);
    const p = shown.length === 0 ? 0 : shown.filter((c) => c.gold).length / shown.length;
    byVariant.set(l.variant, [...(byVariant.get(l.variant) ?? []), p]);
  }
  return [...byVariant]
    .map(([v, ps]) => `${v} ${(ps.reduce((s, p) => s + p, 0) / ps.length).toFixed(3)}`)
    .join(', ');
};
const all = fitOn(lists);
const perFold = Array.from({ length: FOLDS }, (_, k) => fitOn(lists.filter((l) => l.fold !== k)));
const round = (x: number) => Number(x.toFixed(3));
console.log(`fitted: { slope: ${round(all.slope)}, intercept: ${round(all.intercept)} }`);
console.log(`P@5 shown, raw: ${precision(() => undefined)}`);
console.log(`P@5 shown, in sample: ${precision(() => all)}`);
console.log(`P@5 shown, out of fold: ${precision((fold) => perFold[fold])}`);
