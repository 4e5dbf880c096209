import path from 'node:path';
import { type Database, openDatabase } from './db/client.js';
import type { Env } from './env.js';

/** PGlite under DATA_DIR by default; a PostgreSQL server when DATABASE_URL is set. */
export const openDatabaseFromEnv = (env: Env): Promise<Database> =>
  env.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE })
    : openDatabase({ kind: 'pglite', dataDir: path.resolve(env.DATA_DIR, 'pglite') });
