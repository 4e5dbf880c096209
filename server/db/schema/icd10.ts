import { sql } from 'drizzle-orm';
import { boolean, customType, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

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
