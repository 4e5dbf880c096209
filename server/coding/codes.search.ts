import { and, asc, eq, gte, like, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { icd10Codes } from '../db/schema/icd10.js';
import { allWordsPrefixQuery, asCodePrefix, mostWordsQuery, queryWords } from './search-query.js';

export interface CodeSearchResult {
  code: string;
  display: string;
  billable: boolean;
  shortTitle: string;
  score: number;
}

export interface CodeSearchOptions {
  limit?: number;
  billableOnly?: boolean;
}

// ts_rank weights {D, C, B, A}: titles (A) count most, index synonyms (B) less.
const RANK_WEIGHTS = '{0.05, 0.1, 0.5, 1.0}';
// Normalisation 1 divides by 1 + log(document length) so short, exact titles beat long compound ones.
const RANK_NORMALISATION = 1;

const columns = {
  code: icd10Codes.code,
  display: icd10Codes.longTitle,
  billable: icd10Codes.billable,
  shortTitle: icd10Codes.shortTitle,
};

/** Codes whose dotless code starts with `prefix`, exact match first, then by code length. */
async function searchByCode(db: Db, prefix: string, limit: number, billableOnly: boolean) {
  // A range on the primary key (codes are [0-9A-Z], at most 7 characters) so the index is used
  // whatever the collation; LIKE alone scanned every row.
  const range = and(
    gte(icd10Codes.code, prefix),
    lte(icd10Codes.code, `${prefix}ZZZZZZZ`),
    like(icd10Codes.code, `${prefix}%`),
  );
  const where = billableOnly ? and(range, eq(icd10Codes.billable, true)) : range;
  const rows = await db
    .select(columns)
    .from(icd10Codes)
    .where(where)
    .orderBy(asc(sql`length(${icd10Codes.code})`), asc(icd10Codes.code))
    .limit(limit);
  return rows.map((r) => ({ ...r, score: r.code === prefix ? 2 : 1 + prefix.length / r.code.length / 2 }));
}

const searchRowsSchema = z.array(
  z.object({
    code: z.string(),
    display: z.string(),
    billable: z.boolean(),
    shortTitle: z.string(),
    score: z.coerce.number(),
  }),
);

/** Rows ranked cheaply before the exact title bonus is computed: the bonus can reorder only these. */
/** Words this short are kept in a relaxed query only beside a longer one. */
const SHORT_WORD = 3;

const preselect = (limit: number) => Math.max(2 * limit, 40);

/**
 * The same tsquery restricted to title words (weight A of the search vector): "the title says every
 * word" without re-parsing each matching title, which cost seconds on broad prefixes such as "fract".
 */
export const titleOnly = (tsQuery: string): string => tsQuery.replace(/([a-z0-9]+)(:\*)?/g, '$1:*A');

/** Full-text search with a raw tsquery string built by search-query.ts (never from user syntax). */
export async function searchByTsQuery(
  db: Db,
  tsQuery: string,
  limit: number,
  billableOnly: boolean,
): Promise<CodeSearchResult[]> {
  const query = sql`to_tsquery('english', ${tsQuery})`;
  const titleQuery = sql`to_tsquery('english', ${titleOnly(tsQuery)})`;
  // A code whose own title says every word beats one matched only through index terms, and among
  // those the title with fewer other words ("Essential (primary) hypertension") comes first. The
  // title's length is only computed for the best rows by the stored vector's rank.
  const rank = sql`ts_rank(${RANK_WEIGHTS}::float4[], ${icd10Codes.search}, ${query}, ${sql.raw(String(RANK_NORMALISATION))})`;
  const titled = sql`${icd10Codes.search} @@ ${titleQuery}`;
  const billableFilter = billableOnly ? sql`and ${icd10Codes.billable}` : sql``;
  const result = await db.execute(sql`
    select code, display, billable, "shortTitle",
      base + case when titled then 0.5 + 2.0 / (1 + length(to_tsvector('english', display))) else 0 end as score
    from (
      select ${icd10Codes.code} as code, ${icd10Codes.longTitle} as display, ${icd10Codes.billable} as billable,
        ${icd10Codes.shortTitle} as "shortTitle", ${rank} as base, ${titled} as titled
      from ${icd10Codes}
      where ${icd10Codes.search} @@ ${query} ${billableFilter}
      order by ${titled} desc, ${rank} desc, length(${icd10Codes.longTitle}), ${icd10Codes.code}
      limit ${preselect(limit)}
    ) best
    order by score desc, length(display), code
    limit ${limit}`);
  return searchRowsSchema.parse((result as { rows?: unknown }).rows);
}

/**
 * Searches the loaded ICD-10-CM release: a query that looks like a code matches codes by prefix
 * first; text is matched with PostgreSQL full text (every word, as a prefix), relaxed to "all words
 * but one" when nothing matches all of them.
 */
export async function searchCodes(
  db: Db,
  q: string,
  options: CodeSearchOptions = {},
): Promise<CodeSearchResult[]> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const billableOnly = options.billableOnly ?? false;
  const results: CodeSearchResult[] = [];
  const codePrefix = asCodePrefix(q);
  if (codePrefix) results.push(...(await searchByCode(db, codePrefix, limit, billableOnly)));
  if (results.length >= limit) return results;

  const words = queryWords(q);
  const strict = allWordsPrefixQuery(words);
  if (!strict) return results;
  const seen = new Set(results.map((r) => r.code));
  const add = (rows: CodeSearchResult[]) => {
    for (const row of rows) {
      if (results.length >= limit || seen.has(row.code)) continue;
      seen.add(row.code);
      results.push(row);
    }
  };
  add(await searchByTsQuery(db, strict, limit, billableOnly));
  if (results.length === 0 && words.length > 1) {
    // A short word left alone ("leg" of "cellulitis leg") matches thousands of codes and says little.
    const relaxed = mostWordsQuery(
      words.map((w) => `${w}:*`),
      1,
      (group) => group.some((w) => w.replace(':*', '').length > SHORT_WORD),
    );
    if (relaxed) add(await searchByTsQuery(db, relaxed, limit, billableOnly));
  }
  return results;
}
