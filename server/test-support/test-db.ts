import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { forgetAuditHeads } from '../audit/audit.service.js';
import { installAuditKeyring, makeKeyring } from '../audit/audit-keys.js';
import { type Database, openDatabase } from '../db/client.js';

/** One random audit key per test process, as a server has one from its environment. */
export const testAuditKeyring = makeKeyring({ id: 'test', secret: randomBytes(32) });

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close). With `testDatabaseKinds()`
 * every database-backed test proves both backends.
 */
export async function createTestDatabase(kind: TestDatabaseKind = 'pglite'): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  installAuditKeyring(testAuditKeyring);
  // A process knows the audit heads of one database: those of the file's previous one are not these.
  forgetAuditHeads();
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
    await database.migrate();
    return database;
  }
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: cannot create a PostgreSQL test database');
  const scratch = await createScratchDatabase(adminUrl, 'scribe_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** A new, empty database on the server of `adminUrl` (a test's or a bench's); `drop` removes it. */
export async function createScratchDatabase(adminUrl: string, prefix: string) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export type TestDatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. Use with `describe.each`. */
export const testDatabaseKinds = (): TestDatabaseKind[] =>
  process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
