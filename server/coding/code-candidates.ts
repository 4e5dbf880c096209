import { expandAbbreviations } from './clinical-abbreviations.js';
import { unsaidDetail } from './coding-rules.js';
import { termDetailText } from './index-term-detail.js';
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
  const coverage = coverageOf(mention, candidate);
  const precision = precisionOf(mention, candidate);
  return { ...candidate, coverage, precision, score: scoreOf(coverage, precision, candidate) };
}

/** scoreCandidate's score from its coverage and precision. */
const scoreOf = (coverage: number, precision: number, candidate: CodeCandidate) =>
  0.55 * coverage + 0.4 * precision + 0.05 * Math.min(candidate.rank, 1);

/** Share of the best-matching name's informative stems that the mention says (1 for an index term's code). */
function precisionOf(mention: ReadonlySet<string>, candidate: CodeCandidate): number {
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
  return precision;
}

/** Share of the mention's stems (`stemSet` of the phrase) found in the candidate's title or index terms. */
export function coverageOf(mention: ReadonlySet<string>, candidate: CodeCandidate): number {
  const vocabulary = candidate.terms?.vocabulary ?? stemSet(`${candidate.longTitle} ${candidate.synonyms}`);
  let covered = 0;
  for (const s of mention) if (vocabulary.has(s)) covered++;
  return mention.size === 0 ? 0 : covered / mention.size;
}

export const UNSPECIFIC = /unspecified|\bNOS\b/i;
export const OTHER_SPECIFIED = /^other\b|, other\b/i;
const unspecific = (c: CodeCandidate) => c.terms?.unspecific ?? UNSPECIFIC.test(c.longTitle);
const otherSpecified = (c: CodeCandidate) => c.terms?.otherSpecified ?? OTHER_SPECIFIED.test(c.longTitle);

/** What ranking a phrase's candidates needs of all of them (phraseRanking), whichever are then ranked. */
export interface PhraseRanking {
  phrase: string;
  /** stemSet of the phrase, abbreviations expanded. */
  mention: ReadonlySet<string>;
  saysOther: boolean;
  /** A specific candidate covers the phrase and scores well: unspecified ones are penalised. */
  specificAndStrong: boolean;
}

const isGeneric = (c: CodeCandidate) => unspecific(c) || otherSpecified(c);

/**
 * The facts of `phrase` and all its `candidates` that rankCandidates uses, read without scoring every
 * candidate: only specific codes that cover the whole phrase can make `specificAndStrong`.
 */
export function phraseRanking(phrase: string, candidates: readonly CodeCandidate[]): PhraseRanking {
  const mention = stemSet(expandAbbreviations(phrase));
  // scoreCandidate's score, without copying each candidate to read it.
  const specificAndStrong = candidates.some((c) => {
    if (isGeneric(c)) return false;
    const coverage = coverageOf(mention, c);
    return coverage >= 0.99 && scoreOf(coverage, precisionOf(mention, c), c) >= 0.8;
  });
  return { phrase, mention, saysOther: /\bother\b/i.test(phrase), specificAndStrong };
}

/**
 * `some` of a phrase's candidates (in retrieval order) ranked as rankCandidates ranks all of them: the
 * same scores and, the sort being stable, the same relative order. Scores only those it is given.
 */
export function rankSome(ranking: PhraseRanking, some: readonly CodeCandidate[]): ScoredCandidate[] {
  const { phrase, mention, saysOther, specificAndStrong } = ranking;
  const adjusted = some.map((candidate) => {
    const c = scoreCandidate(phrase, candidate, mention);
    let score = c.score;
    if (specificAndStrong && unspecific(c)) score -= 0.08;
    if (!saysOther && otherSpecified(c)) score -= 0.1;
    c.score = score;
    return c;
  });
  return adjusted.sort((a, b) => b.score - a.score || a.longTitle.length - b.longTitle.length);
}

/**
 * Ranks candidates for one mention. "Unspecified" codes are penalised only when a more specific
 * candidate is itself well supported, so a vague mention still gets its unspecified code; "Other …"
 * codes mean "specified, but not listed", which a mention that names no such detail does not say.
 */
export function rankCandidates(phrase: string, candidates: readonly CodeCandidate[]): ScoredCandidate[] {
  return rankSome(phraseRanking(phrase, candidates), candidates);
}

/**
 * Fewest detail words any of the candidate's names adds to what was `said` (unsaidDetail), or `cap`
 * when that is more: a caller that only asks "none?" or "one?" stops counting there.
 */
export function unsaidCount(
  candidate: CodeCandidate,
  said: ReadonlySet<string>,
  cap = Number.POSITIVE_INFINITY,
): number {
  if (!candidate.terms) {
    const names = [candidate.longTitle, ...(candidate.synonyms ? candidate.synonyms.split(' | ') : [])];
    return Math.min(cap, ...names.map((n, k) => unsaidDetail(k === 0 ? n : termDetailText(n), said).length));
  }
  let fewest = cap;
  for (const { detail } of candidate.terms.names) {
    let n = 0;
    for (const s of detail) if (!said.has(s) && ++n >= fewest) break;
    if (n < fewest) fewest = n;
    if (fewest === 0) break;
  }
  return fewest;
}
