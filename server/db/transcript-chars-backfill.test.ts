import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, testDatabaseKinds } from '../test-support/test-db.js';

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;
/** The migration that adds `encounters.transcript_chars` (and backfills it). */
const COUNT_MIGRATION = '0010_transcript_chars_audit_hash';

/** The committed migrations up to, not including, `tag`, as a folder of their own. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scribe-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

type Migrator = {
  migrate(folder: string): Promise<void>;
  execute(q: ReturnType<typeof sql>): Promise<unknown>;
  close(): Promise<void>;
};

async function open(kind: 'pglite' | 'postgres'): Promise<Migrator> {
  if (kind === 'pglite') {
    const client = new PGlite();
    const db = drizzlePglite(client);
    return {
      migrate: (folder) => migratePglite(db, { migrationsFolder: folder }),
      execute: (q) => db.execute(q),
      close: () => client.close(),
    };
  }
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'scribe_backfill');
  const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
  const db = drizzleNodePg(pool);
  return {
    migrate: (folder) => migrateNodePg(db, { migrationsFolder: folder }),
    execute: (q) => db.execute(q),
    close: async () => {
      await pool.end();
      await scratch.drop();
    },
  };
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

describe.each(testDatabaseKinds())('transcript_chars backfill migration (%s)', (kind) => {
  let m: Migrator;
  let before: string;
  beforeAll(async () => {
    m = await open(kind);
    before = migrationsBefore(COUNT_MIGRATION);
  });
  afterAll(async () => {
    await m.close();
    rmSync(before, { recursive: true, force: true });
  });

  it('counts the characters of the segments encounters already hold', async () => {
    await m.migrate(before);
    await m.execute(sql`
      insert into users (id, email, display_name, role, password_hash)
      values ('00000000-0000-4000-8000-000000000001', 'gp@test.local', 'GP', 'clinician', 'x')`);
    await m.execute(
      sql`insert into patients (id, mrn) values ('00000000-0000-4000-8000-000000000002', 'BACKFILL-1')`,
    );
    for (const id of ['00000000-0000-4000-8000-0000000000e1', '00000000-0000-4000-8000-0000000000e2'])
      await m.execute(sql`
        insert into encounters (id, clinician_id, patient_id, consent_attested_by, consent_attested_at,
          consent_method, started_at)
        values (${id}, '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002',
          '00000000-0000-4000-8000-000000000001', now(), 'verbal', now())`);
    // The first visit holds three lines (one not ASCII); the second none.
    const lines = ['Wheezy at night.', 'Uses the blue inhaler twice daily.', 'Fièvre légère.'];
    for (const [seq, text] of lines.entries())
      await m.execute(sql`
        insert into transcript_segments (encounter_id, seq, start_ms, end_ms, speaker, text)
        values ('00000000-0000-4000-8000-0000000000e1', ${seq}, 0, 900, 'patient', ${text})`);

    await m.migrate(migrationsFolder);

    const rows = rowsOf<{ id: string; transcript_chars: number }>(
      await m.execute(sql`select id, transcript_chars from encounters order by id`),
    );
    expect(rows.map((r) => Number(r.transcript_chars))).toEqual([lines.reduce((n, l) => n + l.length, 0), 0]);
  });
});
