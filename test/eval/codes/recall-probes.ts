/**
 * `npx tsx test/eval/codes/recall-probes.ts`: our own short visits (server/coding/recall-probes.ts)
 * coded with the full FY2026 release; prints each probe's expected code and where it ranked.
 */
import type { CodeCandidate } from '../../../server/coding/code-candidates.js';
import { suggestCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { RECALL_PROBES } from '../../../server/coding/test-support/recall-probes.js';
import { openDatabase } from '../../../server/db/client.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { draftedVisit } from './aci-codes.js';

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const cache = new Map<string, readonly CodeCandidate[]>();
const resources = loadOfflineResources();
let passed = 0;
for (const probe of RECALL_PROBES) {
  const suggestions = await suggestCodes(database.db, draftedVisit(probe.visit, resources), {
    limit: 10,
    cache,
  });
  const codes = suggestions.map((s) => s.code);
  const place = codes.indexOf(probe.expected);
  if (place >= 0) passed++;
  console.log(
    `${place >= 0 ? 'PASS' : 'FAIL'} ${probe.name} ${probe.expected} @${place} | ${codes.join(' ')}`,
  );
}
console.log(`\n${passed}/${RECALL_PROBES.length} probes have their code in the top 10`);
await database.close();
