import path from 'node:path';
import { installAuditKeyring, loadAuditKeyring } from './audit/audit-keys.js';
import { type Database, openDatabase } from './db/client.js';
import type { Env } from './env.js';

/**
 * PGlite under DATA_DIR by default; a PostgreSQL server when DATABASE_URL is set. Installs the
 * audit HMAC keyring first (from the environment, or the data folder's key file, created once).
 */
export async function openDatabaseFromEnv(env: Env): Promise<Database> {
  const { createdFile } = installKeyringFromEnv(env);
  if (createdFile)
    console.log(`Audit HMAC key created in ${createdFile}: back it up, it verifies the audit log.`);
  return env.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE })
    : openDatabase({ kind: 'pglite', dataDir: path.resolve(env.DATA_DIR, 'pglite') });
}

function installKeyringFromEnv(env: Env) {
  const loaded = loadAuditKeyring({
    key: env.AUDIT_HMAC_KEY,
    retiredKeys: env.AUDIT_HMAC_RETIRED_KEYS,
    dataDir: env.DATA_DIR,
  });
  installAuditKeyring(loaded.keyring);
  return loaded;
}
