import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { icd10Codes, icd10Excludes1, icd10Release } from '../db/schema/icd10.js';
import {
  chapterFromRanges,
  defaultCodes,
  type Hierarchy,
  parseDrugTable,
  parseOrderFile,
  readHierarchy,
  readIndexSynonyms,
  readIndexText,
  readOrderText,
  releaseFromFileName,
} from './icd10-source.js';
import { excludes1Of, inclusionTermsOf, readTabularXml, type TabularNotes } from './icd10-tabular.js';
import { indexMainTermsOf } from './narrative-mentions.js';
import { parseSeeReferences } from './see-references.js';

export interface Icd10ImportSource {
  /** The CDC release zip (icd10cm-Code_Descriptions-YYYY.zip) or the order .txt inside it. */
  orderPath: string;
  /** Folder with chapters/sections/categories CSVs; default `<orderPath dir>/hierarchy` when present. */
  hierarchyDir?: string | null;
  /** FY2017 flat index TSV(.gz) for synonyms; default beside the order file when present. */
  indexPath?: string | null;
  /** ICD-10-CM drug table TSV (allergy status classes); default beside the order file when present. */
  drugTablePath?: string | null;
  /**
   * The official tabular list XML (icd10cm_tabular_YYYY.xml), when the operator has it: inclusion terms
   * become search synonyms and Excludes1 notes keep excluded pairs apart. Optional; none by default.
   */
  tabularPath?: string | null;
  /** Release label stored on each row; default from the file name ("FY2026"). */
  release?: string;
  /** Keep only codes for which this returns true (tests import a subset). */
  filter?: (code: string) => boolean;
}

export interface Icd10ImportResult {
  release: string;
  codes: number;
  billable: number;
  withSynonyms: number;
  withSection: number;
  /** Excludes1 pairs loaded from the tabular XML (0 without it). */
  excludes1: number;
  /** Alphabetic index see references stored for suggestion (0 without the index file). */
  seeReferences: number;
  /** Drug table substances with a class code (0 without the drug table). */
  drugClasses: number;
}

const BATCH_SIZE = 1000;
const DEFAULT_INDEX_FILE = 'icd10cm_index_fy2017_flat.tsv.gz';
const DEFAULT_DRUG_TABLE_FILE = 'icd10cm_fy2026_drug_table.tsv';

function defaultBeside(orderPath: string, name: string): string | null {
  const candidate = join(dirname(orderPath), name);
  return existsSync(candidate) ? candidate : null;
}

/**
 * Loads an ICD-10-CM release into `icd10_codes`, replacing whatever was there in one transaction so
 * a re-import is idempotent and readers never see a half-loaded table.
 */
export async function importIcd10(db: Db, source: Icd10ImportSource): Promise<Icd10ImportResult> {
  const release = source.release ?? releaseFromFileName(source.orderPath);
  const keep = source.filter ?? (() => true);
  const orderRows = parseOrderFile(readOrderText(source.orderPath)).filter((r) => keep(r.code));

  const hierarchyDir =
    source.hierarchyDir === undefined ? defaultBeside(source.orderPath, 'hierarchy') : source.hierarchyDir;
  const hierarchy: Hierarchy | null = hierarchyDir ? readHierarchy(hierarchyDir) : null;
  const indexPath =
    source.indexPath === undefined ? defaultBeside(source.orderPath, DEFAULT_INDEX_FILE) : source.indexPath;
  const validCodes = new Set(orderRows.map((r) => r.code));
  const indexText = indexPath ? readIndexText(indexPath) : null;
  const synonyms = indexText
    ? readIndexSynonyms(indexText, validCodes, undefined, defaultCodes(orderRows))
    : new Map<string, string[]>();
  // The index's see references and main terms are stored with the release: code suggestion reads them
  // from the database, so a deployment needs the index file only when importing.
  const seeReferences = indexText ? parseSeeReferences(indexText) : [];
  const indexMainTerms = indexText ? indexMainTermsOf(indexText) : [];
  const drugTablePath =
    source.drugTablePath === undefined
      ? defaultBeside(source.orderPath, DEFAULT_DRUG_TABLE_FILE)
      : source.drugTablePath;
  const drugClasses = drugTablePath ? parseDrugTable(readFileSync(drugTablePath, 'utf8')) : {};
  const tabular: TabularNotes | null = source.tabularPath ? readTabularXml(source.tabularPath) : null;
  const termsOf = (code: string) => [
    ...(synonyms.get(code) ?? []),
    ...(tabular ? inclusionTermsOf(code, tabular) : []),
  ];
  const excludedPairs = tabular
    ? orderRows
        .filter((r) => r.billable)
        .flatMap((r) => excludes1Of(r.code, tabular).map((excluded) => ({ code: r.code, excluded })))
    : [];

  const rows = orderRows.map((r) => {
    const category = r.code.slice(0, 3);
    return {
      code: r.code,
      shortTitle: r.shortTitle,
      longTitle: r.longTitle,
      billable: r.billable,
      chapter: hierarchy?.chapterOfCategory.get(category) ?? chapterFromRanges(r.code),
      section: hierarchy?.sectionOfCategory.get(category) ?? null,
      synonyms: termsOf(r.code).join(' | '),
      release,
    };
  });

  await db.transaction(async (tx) => {
    await tx.delete(icd10Codes);
    // Building the GIN index once after the load is several times faster than maintaining it per row.
    await tx.execute(sql`DROP INDEX IF EXISTS icd10_codes_search_idx`);
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      await tx.insert(icd10Codes).values(rows.slice(i, i + BATCH_SIZE));
    }
    await tx.execute(sql`CREATE INDEX icd10_codes_search_idx ON icd10_codes USING gin (search)`);
    await tx.delete(icd10Excludes1);
    for (let i = 0; i < excludedPairs.length; i += BATCH_SIZE) {
      await tx.insert(icd10Excludes1).values(excludedPairs.slice(i, i + BATCH_SIZE));
    }
    // A new id on every import: each process's in-memory candidate index rebuilds when it changes.
    await tx.delete(icd10Release);
    await tx
      .insert(icd10Release)
      .values({ id: randomUUID(), release, seeReferences, indexMainTerms, drugClasses });
  });
  await db.execute(sql`ANALYZE icd10_codes`);

  return {
    release,
    codes: rows.length,
    billable: rows.filter((r) => r.billable).length,
    withSynonyms: rows.filter((r) => r.synonyms.length > 0).length,
    withSection: rows.filter((r) => r.section !== null).length,
    excludes1: excludedPairs.length,
    seeReferences: seeReferences.length,
    drugClasses: Object.keys(drugClasses).length,
  };
}
