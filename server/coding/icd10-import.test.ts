import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../shared/node/shared-dir.js';
import type { Database } from '../db/client.js';
import { icd10Codes, icd10Excludes1 } from '../db/schema/icd10.js';
import { createTestDatabase, testDatabaseKinds } from '../test-support/test-db.js';
import { searchCodes } from './codes.search.js';
import { importIcd10 } from './icd10-import.js';
import { parseOrderFile } from './icd10-source.js';
import { releaseZipPath } from './test-support/icd10-subset.js';

describe('parseOrderFile', () => {
  it('reads the fixed-width columns and the billable flag', () => {
    const line = `00002 A000    1 ${'Cholera due to Vibrio cholerae 01, biovar cholerae'.padEnd(60)} Cholera due to Vibrio cholerae 01, biovar cholerae\r\n`;
    expect(parseOrderFile(line)).toEqual([
      {
        code: 'A000',
        billable: true,
        shortTitle: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
        longTitle: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
      },
    ]);
  });

  it('rejects a file that is not an order file', () => {
    expect(() => parseOrderFile('code\tdescription\nA000\tCholera\n')).toThrow(/unexpected line layout/);
  });
});

describe.each(testDatabaseKinds())('importIcd10 full FY2026 release (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  // ~10 s on an idle 2-core machine; generous limit because CI neighbours share the cores.
  it('loads every code of the release zip with chapter, section and re-validated synonyms', {
    timeout: 180_000,
  }, async () => {
    const result = await importIcd10(database.db, { orderPath: releaseZipPath() });
    expect(result).toMatchObject({ release: 'FY2026', codes: 98_186, billable: 74_719, withSection: 98_186 });
    expect(result.withSynonyms).toBeGreaterThan(10_000);

    const [e119] = await database.db.select().from(icd10Codes).where(eq(icd10Codes.code, 'E119'));
    expect(e119).toMatchObject({
      longTitle: 'Type 2 diabetes mellitus without complications',
      billable: true,
      chapter: '4',
      section: 'E08-E13',
      release: 'FY2026',
    });
    const [e11] = await database.db.select().from(icd10Codes).where(eq(icd10Codes.code, 'E11'));
    expect(e11?.billable).toBe(false);
    // FY2026 letter-in-second-position category.
    const [qa0] = await database.db.select().from(icd10Codes).where(eq(icd10Codes.code, 'QA00101'));
    expect(qa0?.billable).toBe(true);

    // Over the whole release, a plain search finds the plain code, and lay words reach their code
    // through the index's cross-references ("Sore throat — see Pharyngitis").
    expect((await searchCodes(database.db, 'essential hypertension'))[0]?.code).toBe('I10');
    const [j029] = await database.db.select().from(icd10Codes).where(eq(icd10Codes.code, 'J029'));
    expect(j029?.synonyms.toLowerCase()).toContain('sore throat');
  });

  it('re-import replaces the release instead of duplicating it', async () => {
    const subset = await importIcd10(database.db, {
      orderPath: releaseZipPath(),
      filter: (code) => code.startsWith('I1'),
    });
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(icd10Codes);
    expect(row?.n).toBe(subset.codes);
    const again = await importIcd10(database.db, {
      orderPath: releaseZipPath(),
      filter: (c) => c.startsWith('I1'),
    });
    const [row2] = await database.db.select({ n: sql<number>`count(*)::int` }).from(icd10Codes);
    expect(row2?.n).toBe(again.codes);
  });
});

describe('importIcd10 from the order .txt without hierarchy or index', () => {
  let database: Database;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'scribe-icd-'));
    const files = unzipSync(
      new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(releaseZipPath()))),
      {
        filter: (f) => f.name === 'icd10cm-order-2026.txt',
      },
    );
    writeFileSync(join(dir, 'icd10cm-order-2026.txt'), files['icd10cm-order-2026.txt'] as Uint8Array);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('derives chapters from code ranges and adds synonyms only for codes in the loaded release', async () => {
    const keep = (code: string) => code.startsWith('I10') || code.startsWith('J44');
    const result = await importIcd10(database.db, {
      orderPath: join(dir, 'icd10cm-order-2026.txt'),
      indexPath: sharedDataPath('icd10cm', 'icd10cm_index_fy2017_flat.tsv.gz'),
      filter: keep,
    });
    expect(result.release).toBe('FY2026');
    expect(result.withSection).toBe(0);
    const rows = await database.db.select().from(icd10Codes);
    expect(rows.every((r) => keep(r.code))).toBe(true);
    const i10 = rows.find((r) => r.code === 'I10');
    expect(i10?.chapter).toBe('9');
    expect(i10?.synonyms.toLowerCase()).toContain('hypertension');
  });
});

describe('importIcd10 with the official tabular XML (operator-supplied)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('adds inclusion terms as synonyms and stores Excludes1 pairs; without it none are stored', async () => {
    const keep = (code: string) => code.startsWith('J18') || code.startsWith('J45') || code.startsWith('R06');
    const result = await importIcd10(database.db, {
      orderPath: releaseZipPath(),
      tabularPath: fileURLToPath(new URL('./test-support/tabular-fixture.xml', import.meta.url)),
      filter: keep,
    });
    expect(result.excludes1).toBeGreaterThan(0);
    const [j189] = await database.db.select().from(icd10Codes).where(eq(icd10Codes.code, 'J189'));
    expect(j189?.synonyms).toContain('lung infection not otherwise described');
    const pairs = await database.db.select().from(icd10Excludes1).where(eq(icd10Excludes1.code, 'J45909'));
    expect(pairs.map((p) => p.excluded)).toEqual(['R062']);
    // The search finds a code by its inclusion term.
    expect(
      (await searchCodes(database.db, 'wheezy bronchitis allergic origin'))[0]?.code.startsWith('J45'),
    ).toBe(true);

    const plain = await importIcd10(database.db, { orderPath: releaseZipPath(), filter: keep });
    expect(plain.excludes1).toBe(0);
    expect(await database.db.select().from(icd10Excludes1)).toEqual([]);
  });
});
