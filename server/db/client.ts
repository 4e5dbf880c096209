import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { nameStatementsOf, StatementNames } from './pg-statement-names.js';
import { pgliteForDrizzle, type TurnsOfOne } from './pglite-for-drizzle.js';
import { postMigrate } from './post-migrate.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The one database type the app sees, whether PGlite or a PostgreSQL server backs it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

// Databases with one connection (PGlite), and how a unit runs in one turn of it.
const singleConnection = new WeakMap<Db, TurnsOfOne>();

/**
 * Runs a unit whose only writes are its audit events without a transaction: on PostgreSQL straight
 * on the pool (two round trips fewer than BEGIN and COMMIT); on PGlite's single connection in one
 * turn, so its statements stay together as a transaction kept them (interleaved with every other
 * request's, the slowest requests waited longer), each committed on its own: one protocol call
 * fewer than the COMMIT.
 */
export function withoutTransaction<T>(db: Db, work: (tx: Executor) => Promise<T>): Promise<T> {
  const turns = singleConnection.get(db);
  return turns ? turns.inOneTurn(() => db.transaction(work)) : work(db);
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Runs the committed drizzle-kit migrations. */
  migrate(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | 'memory' }
  | { kind: 'postgres'; url: string; poolSize?: number };

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    // Fail fast (→ 503) when the server is down or a query hangs, instead of holding requests open.
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
    });
    // A pool error (server restarted) must not crash the process; queries fail and are retried by callers.
    pool.on('error', () => {});
    // A checked-out client whose server goes away emits 'error' too; unheard, it would kill the process.
    const names = new StatementNames();
    pool.on('connect', (client) => {
      client.on('error', () => {});
      nameStatementsOf(client, names);
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      close: () => pool.end(),
      migrate: async () => {
        const { migrate } = await import('drizzle-orm/node-postgres/migrator');
        await migrate(drizzleNodePg(pool, { schema }), { migrationsFolder });
        await postMigrate(db, 'postgres');
      },
    };
  }
  let lock: DataDirLock | undefined;
  if (config.dataDir !== 'memory') {
    mkdirSync(config.dataDir, { recursive: true });
    lock = acquireDataDirLock(`${config.dataDir.replace(/\/+$/, '')}.lock`, config.dataDir);
  }
  const client = config.dataDir === 'memory' ? new PGlite() : new PGlite(config.dataDir);
  try {
    await client.waitReady;
  } catch (e) {
    lock?.release();
    throw e;
  }
  const forDrizzle = pgliteForDrizzle(client);
  const db = drizzlePglite({ client: forDrizzle, schema }) as unknown as Db;
  singleConnection.set(db, forDrizzle);
  return {
    db,
    kind: 'pglite',
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
    migrate: async () => {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(drizzlePglite(client, { schema }), { migrationsFolder });
      await postMigrate(db, 'pglite');
    },
  };
}

/** A transaction handle; every service function takes `Executor` so it can run inside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;
