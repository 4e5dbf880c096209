import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/client.js';
import { createScratchDatabase, createTestDatabase, testDatabaseKinds } from '../test-support/test-db.js';
import { CandidateIndex, candidateIndexFor } from './candidate-index.js';
import { suggestCodes } from './codes.suggest.js';
import { importIcd10 } from './icd10-import.js';
import type { ReleaseData } from './release-data.js';
import { followSeeReference } from './see-references.js';
import { importTestSubset, releaseZipPath } from './test-support/icd10-subset.js';

const code = (code: string, longTitle: string, synonyms = '', billable = true) => ({
  code,
  longTitle,
  shortTitle: longTitle.slice(0, 60),
  synonyms,
  billable,
});

const RELEASE: ReleaseData = {
  id: 'test',
  codes: [
    code('I10', 'Essential (primary) hypertension', 'High blood pressure | Hypertension, arterial'),
    code('I11', 'Hypertensive heart disease', '', false),
    code('I110', 'Hypertensive heart disease with heart failure'),
    code('J189', 'Pneumonia, unspecified organism'),
    code('J13', 'Pneumonia due to Streptococcus pneumoniae'),
    code('M1711', 'Unilateral primary osteoarthritis, right knee'),
    code('N200', 'Calculus of kidney', 'Kidney stone | Nephrolithiasis'),
  ],
  excludes1: [{ code: 'I10', excluded: 'I11' }],
  seeReferences: [{ stems: ['degenerat', 'joint', 'diseas'], target: 'osteoarthritis' }],
  indexMainTerms: ['Pneumonia', 'Hypertension'],
  drugClasses: { warfarin: 'T45.515' },
};

describe('CandidateIndex', () => {
  const index = new CandidateIndex(RELEASE);

  it('finds billable codes whose title or index terms have every word, never a non-billable one', () => {
    expect(index.retrieve('pneumonia').map((c) => c.code)).toEqual(['J189', 'J13']);
    expect(index.retrieve('kidney stone').map((c) => c.code)).toEqual(['N200']);
    expect(index.retrieve('hypertensive heart disease').map((c) => c.code)).toEqual(['I110']);
    expect(index.retrieve('pneumonia of the elbow')).toEqual([]);
  });

  it('lets a phrase of three or more words lose one, and ranks a title match over an index term', () => {
    expect(index.retrieve('right knee osteoarthritis flare').map((c) => c.code)).toEqual(['M1711']);
    const [title, term] = [index.retrieve('calculus of kidney')[0], index.retrieve('nephrolithiasis')[0]];
    expect(title?.code).toBe('N200');
    expect(term?.code).toBe('N200');
    expect(title?.rank ?? 0).toBeGreaterThan(term?.rank ?? 1);
  });

  it('expands abbreviations and ignores the stopwords a full-text search drops', () => {
    expect(index.retrieve('HTN').map((c) => c.code)).toEqual(['I110', 'I10']);
    expect(index.retrieve('she has no pneumonia').map((c) => c.code)).toEqual(['J189', 'J13']);
    expect(index.retrieve('the of')).toEqual([]);
  });

  it('keeps titles, Excludes1 pairs, see references, main terms and drug classes of the release', () => {
    expect(index.titlesOf(['I10', 'I11', 'Z999'])).toEqual(
      new Map([['I10', 'Essential (primary) hypertension']]),
    );
    expect(index.excludes1Among(['I10', 'J189'])).toEqual([{ code: 'I10', excluded: 'I11' }]);
    expect(followSeeReference('degenerative joint disease', index.seeReferences)).toBe('osteoarthritis');
    expect(index.vocabulary?.headStems.has('pneumonia')).toBe(true);
    expect(index.drugClassOf('Warfarin')).toBe('T45.515');
    expect(index.drugClassOf('constructor')).toBeUndefined();
  });
});

describe('CandidateIndex: looking a condition up as a coder does', () => {
  // Invented titles and index terms in the release's shapes: a condition's own unspecified code has
  // many index terms, and its sited siblings outnumber it.
  const index = new CandidateIndex({
    ...RELEASE,
    codes: [
      code(
        'Q0010',
        'Widget fever, unspecified site',
        'Widget fever, widgety (acute) (recurrent) | Gizmo syndrome',
      ),
      // The index's "Failure, failed - heart": the main term's second form is the first's stem cut short.
      code('Q0020', 'Gadget failure, unspecified', 'Failure, failed gadget (acute) (sudden)'),
      // "Enlargement, enlarged - prostate": people say the second form ("enlarged prostate").
      code('Q0030', 'Gadget hyperplasia', 'Enlargement, enlarged gadget'),
      // "Apnea, apneic - sleep - obstructive": the second form's stem parts from the first's after four
      // letters, yet it is the same word, not one the speaker must also say.
      code('Q0040', 'Obstructive gadget apnea', 'Apnea, apneic (spells) gadget obstructive (adult)'),
      code('Q0011', 'Widget fever of right hand'),
      code('Q0012', 'Widget fever of left hand'),
      code('Q0013', 'Widget fever with gizmo crisis, right hand'),
      code(
        'Q0090',
        'Malignant sprocket of unspecified flange',
        Array(40).fill('Sprocket cell tumor (malignant)').join(' | '),
      ),
      ...Array.from({ length: 160 }, (_, k) =>
        code(`Q1${String(k).padStart(3, '0')}`, `Malignant sprocket of cog ${k}`),
      ),
    ],
  });

  it('finds the code of an index term said exactly, give or take a nonessential modifier or word form', () => {
    expect(index.lookup('widget fever').map((c) => c.code)).toEqual(['Q0010']);
    expect(index.lookup('acute widget fever').map((c) => c.code)).toEqual(['Q0010']);
    expect(index.lookup('widget fevers').map((c) => c.code)).toEqual(['Q0010']);
    expect(index.lookup('gizmo syndrome')[0]?.indexed).toBe(true);
    expect(index.lookup('gadget failure').map((c) => c.code)).toEqual(['Q0020']);
    expect(index.lookup('acute gadget failure').map((c) => c.code)).toEqual(['Q0020']);
    expect(index.lookup('enlarged gadget').map((c) => c.code)).toEqual(['Q0030']);
    expect(index.lookup('gadget enlargement').map((c) => c.code)).toEqual(['Q0030']);
    expect(index.lookup('obstructive gadget apnea').map((c) => c.code)).toEqual(['Q0040']);
    expect(index.lookup('apneic spells of gadget, obstructive').map((c) => c.code)).toEqual(['Q0040']);
    // A word the term does not carry, even as a modifier, is detail the index does not code here.
    expect(index.lookup('widget fever of the hand')).toEqual([]);
    expect(index.lookup('crisis widget fever')).toEqual([]);
  });

  it('ranks a code with every word of the phrase before the many that lack one', () => {
    const found = index.retrieve('malignant sprocket flange').map((c) => c.code);
    expect(found[0]).toBe('Q0090');
  });
});

describe.each(testDatabaseKinds())('candidateIndexFor (%s)', (kind) => {
  let database: Database;
  const emptyShared = mkdtempSync(join(tmpdir(), 'scribe-no-shared-'));
  const sharedBefore = process.env.SCRIBE_SHARED_DIR;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await importTestSubset(database.db);
  }, 120_000);
  afterAll(async () => {
    await database.close();
    rmSync(emptyShared, { recursive: true, force: true });
  });

  it('serves suggestion from the database alone: no team library at run time', async () => {
    process.env.SCRIBE_SHARED_DIR = emptyShared;
    try {
      const index = await candidateIndexFor(database.db);
      // The index's see references, main terms and drug classes were stored by the importer.
      expect(followSeeReference('right knee degenerative joint disease', index.seeReferences)).toBe(
        'right knee osteoarthritis',
      );
      expect(index.vocabulary?.headStems.size).toBeGreaterThan(1000);
      expect(index.drugClassOf('warfarin')).toBe('T45.515');
      const text = 'She is allergic to warfarin. Her blood pressure is high: essential hypertension.';
      const codes = await suggestCodes(database.db, {
        mentions: [],
        segments: [{ seq: 0, speaker: 'unknown', text, startMs: 0, endMs: 5000 }],
        content: { drafter: 'offline', warnings: [], sections: [] },
        setting: 'outpatient',
      });
      expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['I10', 'Z888']));
    } finally {
      if (sharedBefore === undefined) delete process.env.SCRIBE_SHARED_DIR;
      else process.env.SCRIBE_SHARED_DIR = sharedBefore;
    }
  });

  it('is built once per release and rebuilt after a re-import', async () => {
    const first = await candidateIndexFor(database.db);
    expect(await candidateIndexFor(database.db)).toBe(first);
    expect(first.titleOf('J189')).toBe('Pneumonia, unspecified organism');
    await importIcd10(database.db, { orderPath: releaseZipPath(), filter: (c) => c.startsWith('I10') });
    const second = await candidateIndexFor(database.db);
    expect(second).not.toBe(first);
    expect(second.releaseId).not.toBe(first.releaseId);
    expect(second.titleOf('J189')).toBeUndefined();
    expect(second.retrieve('essential hypertension').map((c) => c.code)).toEqual(['I10']);
  }, 120_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('candidateIndexFor across server processes', () => {
  it('rebuilds when another process imports a release (each process has its own pool)', async () => {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL ?? '', 'scribe_test');
    const importer = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
    const server = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
    try {
      await importer.migrate();
      await importIcd10(importer.db, { orderPath: releaseZipPath(), filter: (c) => c.startsWith('J18') });
      const before = await candidateIndexFor(server.db);
      expect(before.titleOf('J189')).toBe('Pneumonia, unspecified organism');
      await importIcd10(importer.db, { orderPath: releaseZipPath(), filter: (c) => c.startsWith('I10') });
      const after = await candidateIndexFor(server.db);
      expect(after.titleOf('J189')).toBeUndefined();
      expect(after.titleOf('I10')).toBe('Essential (primary) hypertension');
    } finally {
      await importer.close();
      await server.close();
      await scratch.drop();
    }
  }, 120_000);
});
