/**
 * `npx tsx test/eval/codes/aci-recall-breakdown.ts`: what limits recall@10 on our ACI-Bench **train**
 * labels (transcripts, labels removed; valid is never read here). Each gold code falls in one bucket:
 * in the top 10; ranked below 10; below the engine's lowest confidence; retrieved but removed by a
 * guideline rule; or never retrieved — then split by how much of its title the transcript says (a
 * gold code whose title words the transcript barely says is one the visit hardly supports in words).
 * Options: --examples N (codes listed per bucket), --split train|valid (valid: figures only, no codes).
 */
import { parseArgs } from 'node:util';
import type { CodeCandidate } from '../../../server/coding/code-candidates.js';
import { candidateCodes, guidelineCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { stemSet } from '../../../server/coding/term-words.js';
import { openDatabase } from '../../../server/db/client.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { draftedVisit, readAciLabels, readAciTranscripts } from './aci-codes.js';

const { values } = parseArgs({ options: { examples: { type: 'string' }, split: { type: 'string' } } });
const examples = Number(values.examples ?? 12);
const split = values.split === 'valid' ? 'valid' : 'train';

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const cache = new Map<string, readonly CodeCandidate[]>();
const GENERIC = stemSet('unspecified other specified type without with site part region initial encounter');

type Bucket =
  | 'top 10'
  | 'ranked below 10'
  | 'below the lowest confidence'
  | 'retrieved, removed by a guideline rule'
  | 'not retrieved: title words all said'
  | 'not retrieved: most title words said'
  | 'not retrieved: title barely said (inferred, synonym or weak support)';

const buckets = new Map<Bucket, string[]>();
let golds = 0;
const labels = readAciLabels(split);
const resources = loadOfflineResources();
for (const t of readAciTranscripts(split)) {
  const gold = labels.get(t.encounterId);
  if (!gold || t.variant !== 'labels removed') continue;
  const input = draftedVisit(t.text, resources);
  const candidates = await candidateCodes(database.db, input, { cache });
  const ranked = await guidelineCodes(database.db, input, candidates);
  const kept = ranked.filter((c) => c.confidence >= 0.05).map((c) => c.code);
  const pool = new Set([...candidates.scored.map((c) => c.code), ...candidates.status.keys()]);
  const textStems = stemSet(t.text);
  for (const g of gold) {
    golds++;
    const title = candidates.index.titleOf(g) ?? '?';
    const place = kept.indexOf(g);
    let bucket: Bucket;
    if (place >= 0 && place < 10) bucket = 'top 10';
    else if (place >= 10) bucket = 'ranked below 10';
    else if (ranked.some((c) => c.code === g)) bucket = 'below the lowest confidence';
    else if (pool.has(g)) bucket = 'retrieved, removed by a guideline rule';
    else {
      const stems = [...stemSet(title)].filter((s) => !GENERIC.has(s));
      const said = stems.filter((s) => textStems.has(s)).length;
      bucket =
        said === stems.length
          ? 'not retrieved: title words all said'
          : said * 2 >= stems.length
            ? 'not retrieved: most title words said'
            : 'not retrieved: title barely said (inferred, synonym or weak support)';
    }
    const detail =
      place >= 10
        ? `${g} ${title} (#${place + 1})`
        : `${g} ${title}${split === 'train' ? ` [${t.encounterId}]` : ''}`;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), detail]);
  }
}
await database.close();
console.log(`ACI-Bench ${split}, labels removed: ${golds} gold codes`);
for (const [bucket, list] of [...buckets].sort((a, b) => b[1].length - a[1].length)) {
  console.log(
    `${String(list.length).padStart(4)} (${((100 * list.length) / golds).toFixed(0).padStart(2)}%)  ${bucket}`,
  );
  if (split === 'train' && bucket !== 'top 10')
    for (const d of list.slice(0, examples)) console.log(`        ${d}`);
}
