import { and, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
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
  const where = billableOnly
    ? and(like(icd10Codes.code, `${prefix}%`), eq(icd10Codes.billable, true))
    : like(icd10Codes.code, `${prefix}%`);
  const rows = await db
    .select(columns)
    .from(icd10Codes)
    .where(where)
    .orderBy(asc(sql`length(${icd10Codes.code})`), asc(icd10Codes.code))
    .limit(limit);
  return rows.map((r) => ({ ...r, score: r.code === prefix ? 2 : 1 + prefix.length / r.code.length / 2 }));
}

/** Full-text search with a raw tsquery string built by search-query.ts (never from user syntax). */
export async function searchByTsQuery(
  db: Db,
  tsQuery: string,
  limit: number,
  billableOnly: boolean,
): Promise<CodeSearchResult[]> {
  const query = sql`to_tsquery('english', ${tsQuery})`;
  // A code whose own title says every word beats one matched only through index terms, and among
  // those the title with fewer other words ("Essential (primary) hypertension") comes first.
  const titleVector = sql`to_tsvector('english', ${icd10Codes.longTitle})`;
  const rank = sql<number>`ts_rank(${RANK_WEIGHTS}::float4[], ${icd10Codes.search}, ${query}, ${sql.raw(String(RANK_NORMALISATION))})
    + case when ${titleVector} @@ ${query} then 0.5 + 2.0 / (1 + length(${titleVector})) else 0 end`;
  const conditions: SQL[] = [sql`${icd10Codes.search} @@ ${query}`];
  if (billableOnly) conditions.push(eq(icd10Codes.billable, true));
  const rows = await db
    .select({ ...columns, score: rank })
    .from(icd10Codes)
    .where(and(...conditions))
    .orderBy(desc(rank), asc(sql`length(${icd10Codes.longTitle})`), asc(icd10Codes.code))
    .limit(limit);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
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
    const relaxed = mostWordsQuery(
      words.map((w) => `${w}:*`),
      1,
    );
    if (relaxed) add(await searchByTsQuery(db, relaxed, limit, billableOnly));
  }
  return results;
}
