import { sql } from 'drizzle-orm';
import { boolean, customType, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** ICD-10-CM code descriptions of the loaded release (codes without dots, e.g. E119). */
export const icd10Codes = pgTable(
  'icd10_codes',
  {
    code: text('code').primaryKey(),
    shortTitle: text('short_title').notNull(),
    longTitle: text('long_title').notNull(),
    billable: boolean('billable').notNull(),
    chapter: text('chapter'),
    section: text('section'),
    /** Index terms (FY2017 alphabetic index, re-validated) joined by ' | '. */
    synonyms: text('synonyms').notNull().default(''),
    release: text('release').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(long_title, '')), 'A') || setweight(to_tsvector('english', coalesce(synonyms, '')), 'B')`,
      ),
  },
  (t) => [index('icd10_codes_search_idx').using('gin', t.search)],
);

/**
 * Excludes1 notes of the official tabular list (only when an operator imported its XML): `code` is never
 * coded together with a code starting with `excluded` (dotless prefix).
 */
export const icd10Excludes1 = pgTable(
  'icd10_excludes1',
  {
    code: text('code').notNull(),
    excluded: text('excluded').notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.excluded] })],
);

/** A see reference of the alphabetic index as the importer stores it (see-references.ts reads it). */
export interface StoredSeeReference {
  stems: string[];
  target: string;
}

/**
 * The loaded release as one row, replaced by every import: `id` is new on each import, so a process
 * that built an in-memory index from another id rebuilds it (another process may have imported).
 * The alphabetic index's see references and main terms and the drug table's classes live here, so
 * no running server reads the release files.
 */
export const icd10Release = pgTable('icd10_release', {
  id: text('id').primaryKey(),
  release: text('release').notNull(),
  seeReferences: jsonb('see_references').$type<StoredSeeReference[]>().notNull(),
  indexMainTerms: jsonb('index_main_terms').$type<string[]>().notNull(),
  /** The drug table's class code (adverse-effect T-code) by lowercase substance name. */
  drugClasses: jsonb('drug_classes').$type<Record<string, string>>().notNull(),
});
