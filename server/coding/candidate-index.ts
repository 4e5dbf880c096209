import type { Db } from '../db/client.js';
import { expandAbbreviations } from './clinical-abbreviations.js';
import { type CodeCandidate, type CodeTerms, OTHER_SPECIFIED, UNSPECIFIC } from './code-candidates.js';
import { saidStems, unsaidDetail } from './coding-rules.js';
import { termDetailText } from './index-term-detail.js';
import { type ClinicalVocabulary, vocabularyFromTerms } from './narrative-mentions.js';
import { currentReleaseId, loadReleaseData, type ReleaseData } from './release-data.js';
import type { SeeReference } from './see-references.js';
import { contentWords, informativeStems, stem, stemSet, withoutParentheticals } from './term-words.js';

/**
 * PostgreSQL's English stopwords (to_tsvector drops them): a query word among them matched every row
 * before, so it is not required here either.
 */
const PG_ENGLISH_STOPWORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it
its itself they them their theirs themselves what which who whom this that these those am is are was were be been being
have has had having do does did doing a an the and but if or because as until while of at by for with about against
between into through during before after above below to from up down in out on off over under again further then once
here there when where why how all any both each few more most other some such no nor not only own same so than too very
s t can will just don should now`.split(/\s+/),
);

const MAX_QUERY_WORDS = 8;
/** Retrievals an index keeps (~15 MB at most: up to 150 candidates each). */
const RETRIEVALS_KEPT = 1000;
const NOTHING_SAID: ReadonlySet<string> = new Set();
/** ts_rank weights of the search column: title words (A) count 1, index terms (B) 0.5. */
const TITLE_WEIGHT = 1;
const TERM_WEIGHT = 0.5;
/** Added to the rank of a code with every word of the phrase (ranks are at most 1), so it sorts first. */
const WHOLE_PHRASE_BONUS = 10;

/** Stems of a text's retrievable words (the words a full-text search would index). */
function indexStems(text: string, stemOf: (w: string) => string): string[] {
  return contentWords(text)
    .filter((w) => !PG_ENGLISH_STOPWORDS.has(w))
    .map(stemOf);
}

/**
 * An in-memory index of one ICD-10-CM release for code suggestion: billable codes by the stems of
 * their titles and index terms (synonyms, inclusion terms, see-reference lay terms), titles, Excludes1
 * pairs, the index's see references and the mention vocabulary. Built once per release and process, so
 * drafting issues no query per phrase.
 */
export class CandidateIndex {
  readonly releaseId: string;
  readonly seeReferences: readonly SeeReference[];
  readonly vocabulary: ClinicalVocabulary | null;
  private readonly drugClasses: Readonly<Record<string, string>>;
  private readonly billable: ReleaseData['codes'][number][] = [];
  private readonly titles = new Map<string, string>();
  private readonly excludes = new Map<string, string[]>();
  /** Codes (ascending positions in `billable`) whose title has the stem. */
  private readonly titlePostings = new Map<string, Int32Array>();
  /** Codes whose index terms, and not their title, have the stem. */
  private readonly termPostings = new Map<string, Int32Array>();
  /** Per code, its stems once a retrieval has returned it (the same for every mention). */
  private readonly terms = new Map<number, CodeTerms>();
  /** Recent retrievals by limit and phrase (retrieve), at most RETRIEVALS_KEPT. */
  private readonly retrieved = new Map<string, readonly CodeCandidate[]>();
  private readonly lengths: Uint16Array;
  /** Per code, the rank's length normalisation 1 + ln(max(1, length)), computed once. */
  private readonly lengthNorms: Float64Array;
  /** Long title lengths (the rank's tie-break). */
  private readonly titleLengths: Uint16Array;
  /** Codes by the order-free key of an index term's required words (indexTermKey). */
  private readonly indexTerms = new Map<string, IndexTerm[]>();

  constructor(data: ReleaseData) {
    this.releaseId = data.id;
    this.seeReferences = data.seeReferences;
    this.drugClasses = data.drugClasses;
    const stems = new Map<string, string>();
    const stemOf = (w: string) => {
      let s = stems.get(w);
      if (s === undefined) {
        s = stem(w);
        stems.set(w, s);
      }
      return s;
    };
    for (const row of data.codes) if (row.billable) this.billable.push(row);
    this.lengths = new Uint16Array(this.billable.length);
    this.titleLengths = Uint16Array.from(this.billable, (row) => row.longTitle.length);
    const titlePostings = new Map<string, number[]>();
    const termPostings = new Map<string, number[]>();
    this.billable.forEach((row, i) => {
      this.titles.set(row.code, row.longTitle);
      const title = new Set(indexStems(row.longTitle, stemOf));
      const terms = indexStems(row.synonyms, stemOf);
      this.lengths[i] = Math.min(65535, title.size + terms.length);
      for (const s of title) push(titlePostings, s, i);
      for (const s of new Set(terms)) if (!title.has(s)) push(termPostings, s, i);
      if (row.synonyms)
        for (const term of row.synonyms.split(' | ')) {
          const key = indexTermKey(term, stemOf);
          if (key)
            for (const required of key.forms) push(this.indexTerms, required, { i, optional: key.optional });
        }
    });
    this.lengthNorms = Float64Array.from(this.lengths, (length) => 1 + Math.log(Math.max(1, length)));
    for (const [s, list] of titlePostings) this.titlePostings.set(s, Int32Array.from(list));
    for (const [s, list] of termPostings) this.termPostings.set(s, Int32Array.from(list));
    for (const { code, excluded } of data.excludes1) push(this.excludes, code, excluded);
    this.vocabulary = data.codes.length === 0 ? null : vocabularyFromTerms(data.codes, data.indexMainTerms);
  }

  get size(): number {
    return this.billable.length;
  }

  /** The drug table's class code (T-code) for a substance name; undefined when not in the table. */
  drugClassOf(name: string): string | undefined {
    const key = name.toLowerCase();
    return Object.hasOwn(this.drugClasses, key) ? this.drugClasses[key] : undefined;
  }

  /** Long title of a billable code of the release; undefined for any other code. */
  titleOf(code: string): string | undefined {
    return this.titles.get(code);
  }

  /** Long titles of those `codes` that the release lists as billable (others are absent). */
  titlesOf(codes: Iterable<string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const code of codes) {
      const title = this.titles.get(code);
      if (title !== undefined) out.set(code, title);
    }
    return out;
  }

  /** Excludes1 pairs (code, excluded prefix) among `codes`, when the tabular XML was imported. */
  excludes1Among(codes: Iterable<string>): Array<{ code: string; excluded: string }> {
    const out: Array<{ code: string; excluded: string }> = [];
    for (const code of new Set(codes))
      for (const excluded of this.excludes.get(code) ?? []) out.push({ code, excluded });
    return out;
  }

  /**
   * Billable codes whose title or index terms contain the words of `phrase` (three or more words may
   * lose one: titles rarely repeat every modifier), best `limit` by a full-text rank: title words
   * weigh more than index terms, short documents beat long ones.
   */
  retrieve(phrase: string, limit = 150): readonly CodeCandidate[] {
    // Mentions come mostly from the index's own vocabulary, so visits repeat their phrases: the
    // result depends on the phrase and this release alone.
    const key = `${limit}\u0000${phrase}`;
    const known = this.retrieved.get(key);
    if (known) {
      // Most recently used last, so the oldest is the one evicted.
      this.retrieved.delete(key);
      this.retrieved.set(key, known);
      return known;
    }
    const found = this.search(phrase, limit);
    if (this.retrieved.size >= RETRIEVALS_KEPT) {
      const oldest = this.retrieved.keys().next().value;
      if (oldest !== undefined) this.retrieved.delete(oldest);
    }
    this.retrieved.set(key, found);
    return found;
  }

  private search(phrase: string, limit: number): readonly CodeCandidate[] {
    const words = [
      ...new Set(contentWords(expandAbbreviations(phrase)).filter((w) => !PG_ENGLISH_STOPWORDS.has(w))),
    ].slice(0, MAX_QUERY_WORDS);
    const queryStems = [...new Set(words.map(stem))];
    if (queryStems.length === 0) return [];
    const needed = queryStems.length >= 3 ? queryStems.length - 1 : queryStems.length;
    const lists = queryStems
      .map((s) => ({ title: this.titlePostings.get(s) ?? EMPTY, term: this.termPostings.get(s) ?? EMPTY }))
      .sort((a, b) => a.title.length + a.term.length - (b.title.length + b.term.length));
    // A code that has all words but one has one of any two of them: the rarest two seed the search.
    const seeds = ascendingUnion(
      lists.slice(0, queryStems.length - needed + 1).flatMap((s) => [s.title, s.term]),
    );
    // Seeds ascend, so each list is walked forward once (a cursor per list) instead of searched per seed.
    const titleCursors = new Int32Array(lists.length);
    const termCursors = new Int32Array(lists.length);
    const hitCodes: number[] = [];
    const hitRanks: number[] = [];
    const hitKeys: number[] = [];
    for (const i of seeds) {
      let matched = 0;
      let weight = 0;
      for (let k = 0; k < lists.length; k++) {
        const { title, term } = lists[k] ?? { title: EMPTY, term: EMPTY };
        const t = firstAtLeast(title, titleCursors[k] ?? 0, i);
        titleCursors[k] = t;
        if (title[t] === i) {
          matched++;
          weight += TITLE_WEIGHT;
          continue;
        }
        const u = firstAtLeast(term, termCursors[k] ?? 0, i);
        termCursors[k] = u;
        if (term[u] === i) {
          matched++;
          weight += TERM_WEIGHT;
        }
      }
      if (matched < needed) continue;
      const rank = weight / queryStems.length / (this.lengthNorms[i] ?? 1);
      hitCodes.push(i);
      hitRanks.push(rank);
      // A code with every word comes before any that lacks one: a code with many index terms (the
      // unspecified site of a cancer) must not fall behind the short titles that miss a word.
      hitKeys.push(matched === queryStems.length ? WHOLE_PHRASE_BONUS + rank : rank);
    }
    // A common word ("fracture") matches thousands of codes: only those keyed at least as high as the
    // limit-th best can be among the best `limit`, so only they are sorted in full.
    const threshold =
      hitKeys.length > limit
        ? (Float64Array.from(hitKeys).sort()[hitKeys.length - limit] ?? Number.NEGATIVE_INFINITY)
        : Number.NEGATIVE_INFINITY;
    const best: Array<{ i: number; rank: number; key: number }> = [];
    hitKeys.forEach((key, h) => {
      if (key >= threshold) best.push({ i: hitCodes[h] ?? 0, rank: hitRanks[h] ?? 0, key });
    });
    best.sort(
      (a, b) => b.key - a.key || (this.titleLengths[a.i] ?? 0) - (this.titleLengths[b.i] ?? 0) || a.i - b.i,
    );
    return best.slice(0, limit).flatMap(({ i, rank }) => {
      const row = this.billable[i];
      return row ? [this.candidateOf(i, row, rank)] : [];
    });
  }

  /**
   * The codes an index term leads to when the phrase says exactly that term: its words, give or take
   * one of its nonessential modifiers ("arthritis", "chronic arthritis" → Arthritis (acute) (chronic)
   * → M19.90). A coder looks a condition up in the index first; the term's own code is often the
   * unspecified one that a word search ranks below the many sited and typed codes.
   */
  lookup(phrase: string): CodeCandidate[] {
    const said = [...new Set(contentWords(expandAbbreviations(phrase)).map((w) => termStem(stem(w))))];
    if (said.length === 0) return [];
    const found = new Set<number>();
    for (const { i } of this.indexTerms.get([...said].sort().join(' ')) ?? []) found.add(i);
    if (said.length > 1)
      for (const dropped of said) {
        const key = said
          .filter((s) => s !== dropped)
          .sort()
          .join(' ');
        for (const { i, optional } of this.indexTerms.get(key) ?? []) if (optional.has(dropped)) found.add(i);
      }
    return [...found]
      .sort((a, b) => a - b)
      .flatMap((i) => {
        const row = this.billable[i];
        return row ? [{ ...this.candidateOf(i, row, 1), indexed: true }] : [];
      });
  }

  private candidateOf(i: number, row: ReleaseData['codes'][number], rank: number): CodeCandidate {
    return {
      code: row.code,
      longTitle: row.longTitle,
      shortTitle: row.shortTitle,
      synonyms: row.synonyms,
      rank,
      terms: this.termsOf(i, row),
    };
  }

  private termsOf(i: number, row: { longTitle: string; synonyms: string }): CodeTerms {
    let terms = this.terms.get(i);
    if (!terms) {
      const text = `${row.longTitle} ${row.synonyms}`;
      const names = [row.longTitle, ...(row.synonyms ? row.synonyms.split(' | ') : [])];
      terms = {
        vocabulary: stemSet(text),
        said: saidStems(text),
        names: names.map((name, k) => ({
          name,
          informative: informativeStems(withoutParentheticals(name)),
          // An index term's other word forms and limb grouping are no detail (index-term-detail.ts).
          detail: unsaidDetail(k === 0 ? name : termDetailText(name), NOTHING_SAID),
        })),
        unspecific: UNSPECIFIC.test(row.longTitle),
        otherSpecified: OTHER_SPECIFIED.test(row.longTitle),
      };
      this.terms.set(i, terms);
    }
    return terms;
  }
}

const EMPTY = new Int32Array(0);

interface IndexTerm {
  /** Position of the code in the billable list. */
  i: number;
  /** Stems of the term's nonessential modifiers (in parentheses). */
  optional: ReadonlySet<string>;
}

/** A stem without a final "e", so a plural meets its singular in an index key ("stones"/"stone"). */
const termStem = (s: string) => (s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s);

/**
 * An index term's required words as an order-free key of stems, and its parenthesised modifiers. The
 * main term's other word forms ("Arthritis, arthritic", "Calculus, calculi") are one word; `forms`
 * holds the key once per form the main term lists, since a speaker may use any of them ("Enlargement,
 * enlarged - prostate" is said "enlarged prostate").
 */
export function indexTermKey(
  term: string,
  stemOf: (word: string) => string = stem,
): { required: string; forms: readonly string[]; optional: ReadonlySet<string> } | undefined {
  const stems = contentWords(withoutParentheticals(term)).map((w) => termStem(stemOf(w)));
  const first = stems[0];
  if (first === undefined) return undefined;
  const head = first.slice(0, 5);
  // The words listed after the main term's comma ("Apnea, apneic", "Spine, spinal") that begin as it
  // does are its other forms, though their stems part after four letters (or the stem is cut short).
  const listedForms = new Set(
    contentWords(
      withoutParentheticals(term.split(' - ')[0] ?? '')
        .split(',')
        .slice(1)
        .join(' '),
    )
      .map((w) => termStem(stemOf(w)))
      .filter((s) => s.length >= 3 && (first.startsWith(s) || s.slice(0, 4) === first.slice(0, 4))),
  );
  // "Failure, failed": a form whose stem is the main term's own stem cut short is that word too.
  const sameWord = (s: string) =>
    listedForms.has(s) ||
    (first.length >= 4 && (s.startsWith(head) || (s.length >= 4 && first.startsWith(s))));
  const rest = stems.slice(1).filter((s) => !sameWord(s));
  const keyOf = (main: string) => [...new Set([main, ...rest])].sort().join(' ');
  // The main term's other forms follow its first comma ("Enlargement, enlarged prostate").
  const others = contentWords(withoutParentheticals(term).split(',').slice(1).join(' '))
    .map((w) => termStem(stemOf(w)))
    .filter((s) => s !== first && sameWord(s));
  const optional = new Set(
    (term.match(/\(([^)]*)\)/g) ?? []).flatMap((m) => contentWords(m).map((w) => termStem(stemOf(w)))),
  );
  const required = keyOf(first);
  return { required, forms: [...new Set([required, ...others.map(keyOf)])], optional };
}

/** The values of ascending `lists`, ascending, each once. */
function ascendingUnion(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0] ?? EMPTY;
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let n = 0;
  for (const list of lists) {
    all.set(list, n);
    n += list.length;
  }
  all.sort();
  let unique = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[unique++] = all[k] ?? 0;
  return all.subarray(0, unique);
}

/** First position at or after `from` in the ascending `list` whose value is ≥ `i` (galloping search). */
function firstAtLeast(list: Int32Array, from: number, i: number): number {
  if (from >= list.length || (list[from] ?? 0) >= i) return from;
  let step = 1;
  let lo = from;
  while (lo + step < list.length && (list[lo + step] ?? 0) < i) {
    lo += step;
    step *= 2;
  }
  // list[lo] < i; the answer lies in (lo, lo + step].
  let hi = Math.min(lo + step, list.length);
  lo += 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const built = new WeakMap<Db, { id: string; index: Promise<CandidateIndex> }>();

/** Where code suggestion reads the release: a database, or an index built elsewhere (a drafting worker's). */
export type CodingRelease = Db | CandidateIndex;

/**
 * The candidate index of the release loaded in `db`: built on first use and rebuilt when another
 * import (in this or another process) has replaced the release. Costs one small query per call.
 * An index given instead of a database is used as it is.
 */
export async function candidateIndexFor(db: CodingRelease): Promise<CandidateIndex> {
  if (db instanceof CandidateIndex) return db;
  const id = await currentReleaseId(db);
  const entry = built.get(db);
  if (entry && entry.id === id) return entry.index;
  const index = loadReleaseData(db).then((data) => new CandidateIndex({ ...data, id }));
  built.set(db, { id, index });
  index.catch(() => {
    if (built.get(db)?.index === index) built.delete(db);
  });
  return index;
}
