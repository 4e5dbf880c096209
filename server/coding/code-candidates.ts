import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { icd10Codes } from '../db/schema/icd10.js';
import { expandAbbreviations } from './clinical-abbreviations.js';
import { mostWordsQuery } from './search-query.js';
import { contentWords, informativeStems, stemSet, withoutParentheticals } from './term-words.js';

export interface CodeCandidate {
  code: string;
  longTitle: string;
  shortTitle: string;
  synonyms: string;
  /** PostgreSQL ts_rank of the retrieval query. */
  rank: number;
}

export interface ScoredCandidate extends CodeCandidate {
  /** Share of the mention's words found in the title or index terms. */
  coverage: number;
  /** Share of the best-matching name's informative words that the mention says. */
  precision: number;
  score: number;
}

const MAX_QUERY_WORDS = 8;

/** Billable codes whose title or index terms contain (nearly) all words of `phrase`. */
export async function retrieveCandidates(db: Db, phrase: string, limit = 150): Promise<CodeCandidate[]> {
  const words = [...new Set(contentWords(expandAbbreviations(phrase)))].slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return [];
  // Three or more words may lose one (titles rarely repeat every modifier); one or two must all match.
  const tsQuery = mostWordsQuery(words, words.length >= 3 ? 1 : 0);
  if (!tsQuery) return [];
  const query = sql`to_tsquery('english', ${tsQuery})`;
  const rank = sql<number>`ts_rank('{0.05, 0.1, 0.5, 1.0}'::float4[], ${icd10Codes.search}, ${query}, 1)`;
  const rows = await db
    .select({
      code: icd10Codes.code,
      longTitle: icd10Codes.longTitle,
      shortTitle: icd10Codes.shortTitle,
      synonyms: icd10Codes.synonyms,
      rank,
    })
    .from(icd10Codes)
    .where(and(sql`${icd10Codes.search} @@ ${query}`, eq(icd10Codes.billable, true)))
    .orderBy(desc(rank), sql`length(${icd10Codes.longTitle})`)
    .limit(limit);
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}

/**
 * Term-overlap score of a candidate for a mention: coverage of the mention's words (title plus index
 * terms) and precision of the best-matching name, so a code that adds unrequested detail (laterality,
 * complications) scores lower than one that says exactly what was said.
 */
export function scoreCandidate(phrase: string, candidate: CodeCandidate): ScoredCandidate {
  const mention = stemSet(expandAbbreviations(phrase));
  const synonyms = candidate.synonyms ? candidate.synonyms.split(' | ') : [];
  const vocabulary = stemSet(`${candidate.longTitle} ${candidate.synonyms}`);
  const covered = [...mention].filter((s) => vocabulary.has(s)).length;
  const coverage = mention.size === 0 ? 0 : covered / mention.size;
  let precision = 0;
  for (const name of [candidate.longTitle, ...synonyms]) {
    const informative = informativeStems(withoutParentheticals(name));
    const said = [...informative].filter((s) => mention.has(s)).length;
    const value = informative.size === 0 ? 0 : said / informative.size;
    if (value > precision) precision = value;
  }
  const score = 0.55 * coverage + 0.4 * precision + 0.05 * Math.min(candidate.rank, 1);
  return { ...candidate, coverage, precision, score };
}

const UNSPECIFIC = /unspecified|\bNOS\b/i;
const OTHER_SPECIFIED = /^other\b|, other\b/i;

/**
 * Ranks candidates for one mention. "Unspecified" codes are penalised only when a more specific
 * candidate is itself well supported, so a vague mention still gets its unspecified code; "Other …"
 * codes mean "specified, but not listed", which a mention that names no such detail does not say.
 */
export function rankCandidates(phrase: string, candidates: readonly CodeCandidate[]): ScoredCandidate[] {
  const saysOther = /\bother\b/i.test(phrase);
  const scored = candidates.map((c) => scoreCandidate(phrase, c));
  const isGeneric = (c: ScoredCandidate) => UNSPECIFIC.test(c.longTitle) || OTHER_SPECIFIED.test(c.longTitle);
  const specificAndStrong = scored.some((c) => !isGeneric(c) && c.coverage >= 0.99 && c.score >= 0.8);
  const adjusted = scored.map((c) => {
    let score = c.score;
    if (specificAndStrong && UNSPECIFIC.test(c.longTitle)) score -= 0.08;
    if (!saysOther && OTHER_SPECIFIED.test(c.longTitle)) score -= 0.1;
    return { ...c, score };
  });
  return adjusted.sort((a, b) => b.score - a.score || a.longTitle.length - b.longTitle.length);
}
