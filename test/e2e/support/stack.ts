import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importTestSubset } from '../../../server/coding/test-support/icd10-subset.js';
import { openDatabaseFromEnv } from '../../../server/database-from-env.js';
import { loadEnv } from '../../../server/env.js';
import { type RunningServer, startServer } from '../../../server/main.js';
import { startDemoEhr } from './demo-ehr.js';
import { extensionOrigin, repoRoot } from './paths.js';
import { startToggleProxy } from './toggle-proxy.js';

/** The real server (PGlite in a temp dir, the repo's models/), the cuttable proxy, the demo EHR. */
export async function startStack(options: { icd10Subset?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scribe-e2e-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    MODELS_DIR: path.join(repoRoot, 'models'),
    LOG_LEVEL: 'silent',
    ALLOWED_ORIGINS: extensionOrigin,
    SKIP_EXTENSION_BUILD: '1',
    AUTO_IMPORT_CODES: '0',
  });
  if (options.icd10Subset) {
    // PGlite has one owner at a time: seed the code subset, close, then let the server open it.
    const database = await openDatabaseFromEnv(env);
    await database.migrate();
    await importTestSubset(database.db);
    await database.close();
  }
  const server: RunningServer = await startServer(env);
  const proxy = await startToggleProxy(server.url);
  const ehr = await startDemoEhr();
  const clinician = server.firstRunCredentials.find((c) => c.role === 'clinician');
  if (!clinician) throw new Error('the fresh database did not create first-run users');
  return {
    server,
    proxy,
    ehr,
    clinician,
    async close() {
      await Promise.allSettled([proxy.close(), ehr.close()]);
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
