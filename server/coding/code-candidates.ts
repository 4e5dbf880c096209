import { expandAbbreviations } from './clinical-abbreviations.js';
import { unsaidDetail } from './coding-rules.js';
import { informativeStems, stemSet, withoutParentheticals } from './term-words.js';

export interface CodeCandidate {
  code: string;
  longTitle: string;
  shortTitle: string;
  synonyms: string;
  /** Full-text rank of the retrieval query (candidate-index.ts). */
  rank: number;
  /** The code's words as stems, computed once per release (candidate-index.ts); else from the text. */
  terms?: CodeTerms;
  /** Found by an index term the phrase says exactly (CandidateIndex.lookup). */
  indexed?: boolean;
}

/** Stems of a code's title and index terms, the same for every mention (computed once per code). */
export interface CodeTerms {
  /** stemSet of the title and index terms. */
  vocabulary: ReadonlySet<string>;
  /** saidStems (abbreviations expanded) of the title and index terms. */
  said: ReadonlySet<string>;
  /** The title, then each index term, with its informative stems and its detail stems (unsaidDetail). */
  names: ReadonlyArray<{ name: string; informative: ReadonlySet<string>; detail: readonly string[] }>;
  /** Whether the title says "unspecified"/"NOS", and "Other …" (rankCandidates), read once per code. */
  unspecific?: boolean;
  otherSpecified?: boolean;
}

export interface ScoredCandidate extends CodeCandidate {
  /** Share of the mention's words found in the title or index terms. */
  coverage: number;
  /** Share of the best-matching name's informative words that the mention says. */
  precision: number;
  score: number;
}

/**
 * Term-overlap score of a candidate for a mention: coverage of the mention's words (title plus index
 * terms) and precision of the best-matching name, so a code that adds unrequested detail (laterality,
 * complications) scores lower than one that says exactly what was said.
 */
export function scoreCandidate(
  phrase: string,
  candidate: CodeCandidate,
  mention: ReadonlySet<string> = stemSet(expandAbbreviations(phrase)),
): ScoredCandidate {
  const vocabulary = candidate.terms?.vocabulary ?? stemSet(`${candidate.longTitle} ${candidate.synonyms}`);
  let covered = 0;
  for (const s of mention) if (vocabulary.has(s)) covered++;
  const coverage = mention.size === 0 ? 0 : covered / mention.size;
  let precision = 0;
  const names =
    candidate.terms?.names ??
    [candidate.longTitle, ...(candidate.synonyms ? candidate.synonyms.split(' | ') : [])].map((name) => ({
      informative: informativeStems(withoutParentheticals(name)),
    }));
  for (const { informative } of names) {
    let said = 0;
    for (const s of informative) if (mention.has(s)) said++;
    const value = informative.size === 0 ? 0 : said / informative.size;
    if (value > precision) precision = value;
  }
  // The index names this code for exactly these words: nothing said is left out of it.
  if (candidate.indexed) precision = 1;
  const score = 0.55 * coverage + 0.4 * precision + 0.05 * Math.min(candidate.rank, 1);
  return { ...candidate, coverage, precision, score };
}

export const UNSPECIFIC = /unspecified|\bNOS\b/i;
export const OTHER_SPECIFIED = /^other\b|, other\b/i;
const unspecific = (c: CodeCandidate) => c.terms?.unspecific ?? UNSPECIFIC.test(c.longTitle);
const otherSpecified = (c: CodeCandidate) => c.terms?.otherSpecified ?? OTHER_SPECIFIED.test(c.longTitle);

/**
 * Ranks candidates for one mention. "Unspecified" codes are penalised only when a more specific
 * candidate is itself well supported, so a vague mention still gets its unspecified code; "Other …"
 * codes mean "specified, but not listed", which a mention that names no such detail does not say.
 */
export function rankCandidates(phrase: string, candidates: readonly CodeCandidate[]): ScoredCandidate[] {
  const saysOther = /\bother\b/i.test(phrase);
  const mention = stemSet(expandAbbreviations(phrase));
  const scored = candidates.map((c) => scoreCandidate(phrase, c, mention));
  const isGeneric = (c: ScoredCandidate) => unspecific(c) || otherSpecified(c);
  const specificAndStrong = scored.some((c) => !isGeneric(c) && c.coverage >= 0.99 && c.score >= 0.8);
  const adjusted = scored.map((c) => {
    let score = c.score;
    if (specificAndStrong && unspecific(c)) score -= 0.08;
    if (!saysOther && otherSpecified(c)) score -= 0.1;
    return { ...c, score };
  });
  return adjusted.sort((a, b) => b.score - a.score || a.longTitle.length - b.longTitle.length);
}

/** Fewest detail words any of the candidate's names adds to what was `said` (unsaidDetail). */
export function unsaidCount(candidate: CodeCandidate, said: ReadonlySet<string>): number {
  if (!candidate.terms) {
    const names = [candidate.longTitle, ...(candidate.synonyms ? candidate.synonyms.split(' | ') : [])];
    return Math.min(...names.map((n) => unsaidDetail(n, said).length));
  }
  let fewest = Number.POSITIVE_INFINITY;
  for (const { detail } of candidate.terms.names) {
    let n = 0;
    for (const s of detail) if (!said.has(s)) n++;
    if (n < fewest) fewest = n;
  }
  return fewest;
}
