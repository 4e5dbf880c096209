import { candidateIndexFor } from '../../../server/coding/candidate-index.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { openDatabase } from '../../../server/db/client.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';

/** The FY2026 release's candidate index, built once in a throwaway in-memory database. */
export async function releaseCandidateIndex() {
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  await database.migrate();
  await importIcd10(database.db, {
    orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
  });
  const index = await candidateIndexFor(database.db);
  await database.close();
  return index;
}
