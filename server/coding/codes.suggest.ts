import { CONFIDENT_CODE_SCORE, type CodeSuggestion } from '../../shared/clinical/codes.js';
import type { Evidence } from '../../shared/clinical/evidence.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { CompiledContextRules } from '../../shared/clinical/offline/context.js';
import { withDraftMemo } from '../../shared/clinical/offline/draft-memo.js';
import type { ProblemMention } from '../../shared/clinical/offline/index.js';
import { builtinResources } from '../../shared/clinical/offline/resources.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { type CandidateIndex, type CodingRelease, candidateIndexFor } from './candidate-index.js';
import { rankByCategory } from './category-ranking.js';
import { expandAbbreviations } from './clinical-abbreviations.js';
import { vocabularyOf } from './clinical-vocabulary.js';
import { type BlendInputs, blendedConfidence } from './code-blend.js';
import {
  type CodeCandidate,
  coverageOf,
  type PhraseRanking,
  phraseRanking,
  rankSome,
  unsaidCount,
} from './code-candidates.js';
import { type CodeProfiles, codeProfiles, encounterProfiles } from './code-profiles.js';
import {
  type CandidateSupport,
  codeFeatures,
  confidenceOf,
  type LeaveOut,
  learnedCodes,
  mentionKey,
  type RankingModel,
  rankingModel,
} from './code-ranker.js';
import { type CodingMention, codingMentions } from './coding-mentions.js';
import {
  contradictsFindings,
  diabetesCombination,
  hypertensionCombination,
  notTheConditionItself,
  otherFormNotSaid,
  PROPOSED_CONFIDENCE,
  saidNotDenied,
  saidStems,
  sentenceSaidNotDenied,
  siteSide,
  titleSite,
  unsaidDetail,
  unstatedDetail,
  withoutContradictions,
  withoutExcludes1,
  withoutIntegralSymptoms,
  withoutSubsumedPhrases,
} from './coding-rules.js';
import type { CodingSetting } from './coding-setting.js';
import type { ClinicalVocabulary } from './narrative-mentions.js';
import { offerFloor } from './offer-floor.js';
import { rawConfidenceOf } from './outpatient-calibration.js';
import { exactSeeReference, followSeeReference, type SeeReference } from './see-references.js';
import { sideWordsOf } from './side-words.js';
import { respelledSegments } from './spoken-forms.js';
import {
  allergyStatusCodes,
  diabetesDrugStatusCodes,
  historyStatusCode,
  isChronicCondition,
  statusCodesOf,
} from './status-codes.js';
import { withSymptomCombinations } from './symptom-combinations.js';
import { contentWords, stem } from './term-words.js';
import { textFeatures } from './text-features.js';
import { nicotineDependencePhrase, tobaccoProductOf } from './tobacco-use.js';
import { withoutUnsitedPain } from './unsited-pain.js';
import { reranked, type VisitCandidate, type VisitContext } from './visit-ranking.js';
import { type WhereSaidOffsets, whereSaidOffset } from './where-said.js';

export type { ProblemMention };

export interface SuggestInput {
  mentions: ProblemMention[];
  segments: TranscriptSegment[];
  content: NoteContent;
  /** Where the encounter took place: which guideline rules apply (coding-setting.ts). */
  setting: CodingSetting;
}

export interface SuggestOptions {
  /** Most suggestions returned (default 10). */
  limit?: number;
  /**
   * Lowest confidence kept (default offer-floor.ts: 0.05, and none for an office visit's codes named in
   * its words; the UI shows the confident ones first, the rest on request).
   */
  minConfidence?: number;
  /** Retrieval results by phrase, shared across calls (batch evaluation); per call by default. */
  cache?: Map<string, readonly CodeCandidate[]>;
  /** Index vocabulary for transcript mentions; default the loaded release's, null for none. */
  vocabulary?: ClinicalVocabulary | null;
  context?: CompiledContextRules;
  model?: RankingModel;
  profiles?: CodeProfiles;
  /** Training only: the report whose own counts the learned associations leave out. */
  leaveOut?: LeaveOut;
  /** Fitting only: an office visit's confidences as the blend gives them, before recalibration. */
  rawConfidence?: boolean;
  /** Fitting only: offer every guideline code, also those below their offer floor (offer-floor.ts). */
  belowFloor?: boolean;
  /** Fitting only: the log-odds for where a problem was said (default WHERE_SAID_OFFSETS). */
  whereSaid?: WhereSaidOffsets;
}

/** Candidates kept per mention after the rules (before learned ranking). */
const PER_MENTION = 4;
/**
 * Codes proposed from the encounter's similarity to learned code profiles. The per-encounter counts
 * were doubled (30/20/10 → 60/40/20) for candidate recall (chosen on CodiEsp train; on dev recall rose
 * 0.499 → 0.528 full code, 0.613 → 0.652 category, MAP unchanged: the blend ranks the extra ones low).
 */
const PER_ENCOUNTER_PROFILES = 60;
/** Codes the nearest training reports vote for most that are proposed (with profile evidence). */
const PER_ENCOUNTER_NEIGHBOUR_CODES = 40;
/** Categories most similar to the encounter that get their most similar profiled code proposed. */
const PER_ENCOUNTER_CATEGORIES = 20;
/** Profiles compared with an encounter (the similarity of a code matched by title comes from here). */
const PROFILES_COMPARED = 400;
/**
 * Status codes come from fixed guideline rules, not from the learned model. An allergy status is
 * offered, not shown first: a coder adds it only when it bears on the visit's care, and none of the 57
 * labelled ACI-Bench train visits lists one although several state an allergy.
 */
const STATUS_CONFIDENCE = { allergy: 0.3, history: 0.3 } as const;
/** A drug status code is as likely as the diabetes it goes with, a little less. */
const DRUG_STATUS_SHARE = 0.9;

/** Words that end the name of a procedure, not of a problem. */
const PROCEDURE =
  /\b(?:surgery|surgeries|operation|procedure|repair|replacement|removal|resection|excision|transplant|graft|\w+ectomy|\w+plasty|\w+otomy|\w+ostomy|\w+scopy)$/i;

const EXAMINATION_VISIT =
  /\b(annual|yearly|routine|wellness|well[- ]child|check[- ]?up|physical exam(ination)?|preventive|screening) (visit|exam|examination|physical|check)?/i;

export interface CandidateCode {
  code: string;
  title: string;
  supports: CandidateSupport[];
  assessed: boolean;
  /** Named in a clinician's problem statement. */
  stated: boolean;
  evidence: Evidence[];
  phrases: string[];
  /** Mentions that support the code only by a learned link; they count once the title names them. */
  learnedFrom?: CodingMention[];
}

/** The inner map of `memo` for `key`, created on first use. */
function memoFor<K, V>(memo: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = memo.get(key);
  if (!inner) {
    inner = new Map();
    memo.set(key, inner);
  }
  return inner;
}

/** Everything said as present, as stems: what a "without X" title must not contradict. */
function presentStems(mentions: readonly CodingMention[]): Set<string> {
  const stems = new Set<string>();
  for (const m of mentions) if (m.role === 'current') for (const s of saidStems(m.phrase)) stems.add(s);
  return stems;
}

/**
 * Candidate lists by exact phrase for each release's index, kept across visits (the index's word
 * search keeps its own results the same way): a list depends on the phrase and the release alone, and
 * reusing it lets the checks below that read the phrase alone be remembered with it. At most
 * CANDIDATE_LISTS_KEPT per index; the least recently used goes first.
 */
const candidateLists = new WeakMap<CandidateIndex, Map<string, readonly CodeCandidate[]>>();
const CANDIDATE_LISTS_KEPT = 2000;

function candidatesFor(index: CandidateIndex, phrase: string, cache: Map<string, readonly CodeCandidate[]>) {
  const key = phrase.toLowerCase();
  let candidates = cache.get(key);
  if (!candidates) {
    candidates = candidateListOf(index, phrase);
    cache.set(key, candidates);
  }
  return candidates;
}

function candidateListOf(index: CandidateIndex, phrase: string): readonly CodeCandidate[] {
  let lists = candidateLists.get(index);
  if (!lists) {
    lists = new Map();
    candidateLists.set(index, lists);
  }
  const known = lists.get(phrase);
  if (known) {
    lists.delete(phrase);
    lists.set(phrase, known);
    return known;
  }
  // The index term the phrase names exactly comes first; the word search adds the rest.
  const indexed = index.lookup(phrase);
  const looked = new Set(indexed.map((c) => c.code));
  let candidates = [...indexed, ...index.retrieve(phrase).filter((c) => !looked.has(c.code))];
  // A short, general term has more sited/typed codes than one retrieval keeps ("gout": M10.0x…);
  // its own "unspecified" code must still be among the candidates.
  if (contentWords(phrase).length <= 2) {
    const seen = new Set(candidates.map((c) => c.code));
    const general = index.retrieve(`${phrase} unspecified`);
    candidates = [...candidates, ...general.filter((c) => !seen.has(c.code))];
  }
  if (lists.size >= CANDIDATE_LISTS_KEPT) {
    const oldest = lists.keys().next().value;
    if (oldest !== undefined) lists.delete(oldest);
  }
  lists.set(phrase, candidates);
  return candidates;
}

/**
 * The one side the whole encounter speaks of ("right" and never "left"), or '' when it names both or
 * none: a mention's own sentence often leaves out the side said a moment before.
 */
export function encounterSide(mentions: readonly CodingMention[]): string {
  const text = mentions.map((m) => m.sentence).join(' ');
  const right = /\bright\b/i.test(text);
  const left = /\bleft\b/i.test(text);
  if (/\bbilateral|both (sides|knees|hands|feet|legs|arms|shoulders|hips|ears|eyes)\b/i.test(text)) return '';
  return right && !left ? 'right' : left && !right ? 'left' : '';
}

const UNSPECIFIED_SIDE =
  /\bunspecified (side|upper limb|lower limb|limbs?|knee|elbow|shoulder|hip|ankle|wrist|hand|foot|leg|arm|ear|eye|finger|toe|thigh|kidney|ureter|lung|humerus|radius|ulna|femur|tibia|fibula)s?\b/i;

/** A title that names the side given (a bilateral side is met by either side or both). */
const SIDE_IN_TITLE: Readonly<Record<string, RegExp>> = {
  right: /\bright\b/i,
  left: /\bleft\b/i,
  bilateral: /\b(right|left|bilateral)\b/i,
};
const sideInTitle = (side: string) =>
  (Object.hasOwn(SIDE_IN_TITLE, side) ? SIDE_IN_TITLE[side] : undefined) ?? new RegExp(`\\b${side}\\b`, 'i');

/** Per candidate list (shared across visits, candidateListOf), results that read the phrase alone. */
const byCandidateList = new WeakMap<
  readonly CodeCandidate[],
  { rankings: Map<string, PhraseRanking>; admissible: Map<string, readonly CodeCandidate[]> }
>();

function phraseMemo(candidates: readonly CodeCandidate[]) {
  let memo = byCandidateList.get(candidates);
  if (!memo) {
    memo = { rankings: new Map(), admissible: new Map() };
    byCandidateList.set(candidates, memo);
  }
  return memo;
}

/** phraseRanking of a phrase's candidates, remembered with the list (it depends on the phrase alone). */
function rankingOf(phrase: string, candidates: readonly CodeCandidate[]): PhraseRanking {
  const { rankings } = phraseMemo(candidates);
  let ranking = rankings.get(phrase);
  if (ranking === undefined) {
    ranking = phraseRanking(phrase, candidates);
    rankings.set(phrase, ranking);
  }
  return ranking;
}

/**
 * The candidates that pass admissible's checks reading the phrase alone (in their order): the code
 * names the phrase's head word, covers enough of its words, and is neither an "Other …" form nor a
 * history/screening code the words do not say. Remembered with the candidate list.
 */
function phraseAdmissible(
  phrase: string,
  stated: boolean,
  candidates: readonly CodeCandidate[],
  ranking: PhraseRanking,
): readonly CodeCandidate[] {
  const { admissible } = phraseMemo(candidates);
  const key = `${stated}\u0000${phrase}`;
  let kept = admissible.get(key);
  if (kept !== undefined) return kept;
  // The code names the phrase's head word ("skin cancer" is not "Disorder of skin").
  const head = contentWords(expandAbbreviations(phrase)).at(-1);
  const headStem = head === undefined ? undefined : stem(head);
  const namesHead = (c: CodeCandidate) =>
    headStem === undefined || (c.terms?.said ?? saidStems(`${c.longTitle} ${c.synonyms}`)).has(headStem);
  // A clinician's stated problem is specific: a code must name nearly all of its words.
  const coverage = stated ? 0.7 : 0.5;
  kept = candidates.filter(
    (c) =>
      namesHead(c) &&
      coverageOf(ranking.mention, c) >= coverage &&
      !otherFormNotSaid(c.longTitle, c.synonyms, phrase) &&
      !notTheConditionItself(c.longTitle, phrase),
  );
  admissible.set(key, kept);
  return kept;
}

/** Candidates of one current mention that pass the specificity rules, best first. */
function admissible(
  mention: CodingMention,
  candidates: readonly CodeCandidate[],
  present: ReadonlySet<string>,
  side: string,
  /** The side the encounter gives a sided title's site (siteSide over the whole encounter, memoised). */
  encounterSiteSide: (title: string) => ReturnType<typeof siteSide>,
  /** titleSite, memoised for one encounter. */
  siteOf: (title: string) => string | undefined,
  /** sentenceSaidNotDenied, memoised for one encounter (mentions share sentences). */
  undeniedIn: (sentence: string) => ReadonlySet<string>,
) {
  const said = saidNotDenied(mention.phrase, mention.sentence, undeniedIn(mention.sentence));
  // A sentence without a side takes the side the encounter gives the title's site ("my right elbow").
  // A sentence that names one side gives it ("your right arm … a proximal humerus fracture").
  const sentenceSide = encounterSide([mention]);
  const sentenceNamesSide = /\b(right|left|bilateral)\b/i.test(mention.sentence);
  const withSite = new Map<string, ReadonlySet<string>>();
  const saidWithSite = (site: string) => {
    let stems = withSite.get(site);
    if (stems === undefined) {
      stems = new Set([...said, stem(site)]);
      withSite.set(site, stems);
    }
    return stems;
  };
  const sideOf = (title: string) => {
    if (sentenceNamesSide) return sentenceSide;
    const site = encounterSiteSide(title);
    return site === 'both' ? 'bilateral' : site || side;
  };
  const ranking = rankingOf(mention.phrase, candidates);
  // Each filter reads one candidate alone, so the cheap, selective ones run first and only the
  // survivors are scored; rankSome orders them as the whole ranking would.
  const namesNothingUnsaid = (c: CodeCandidate) => {
    // An index term the phrase says exactly adds no detail (its other word forms are the same word).
    if (c.indexed) return true;
    // Only none or one matters here: counting stops at two.
    const unsaid = unsaidCount(c, said, 2);
    // The site of a sided title counts as said when the encounter gives it a side ("my right elbow"):
    // one more stem, which can leave nothing unsaid only where one word was.
    if (unsaid !== 1) return unsaid === 0;
    const site = siteOf(c.longTitle);
    return site !== undefined && site !== '' && encounterSiteSide(c.longTitle) !== ''
      ? unsaidCount(c, saidWithSite(site), 1) === 0
      : false;
  };
  // The checks that read the phrase alone come first, remembered with the candidate list; then those
  // that read what was said around the mention (every check is pure: the order changes no result).
  const kept = phraseAdmissible(mention.phrase, mention.stated === true, candidates, ranking).filter(
    (c) =>
      namesNothingUnsaid(c) &&
      unstatedDetail(c.longTitle, `${mention.sentence} ${sideOf(c.longTitle)}`) === null &&
      !contradictsFindings(c.longTitle, present),
  );
  const ranked = rankSome(ranking, kept)
    .map((c) => {
      // The side that was said beats its "unspecified side" sibling.
      const given = sideOf(c.longTitle);
      const sided = given !== '' && sideInTitle(given).test(c.longTitle) ? 0.05 : 0;
      // Only candidates that name no unsaid detail were kept.
      return { ...c, unsaid: 0, sided, score: c.score + sided };
    })
    .sort((a, b) => b.score - a.score);
  // With the side known, the unspecified-side sibling is not a candidate ("right knee", not "unspecified knee").
  const sided = ranked.filter((c) => c.sided > 0);
  return ranked.filter(
    (c) =>
      !(
        UNSPECIFIED_SIDE.test(c.longTitle) &&
        sided.some((o) => o.code.slice(0, 4) === c.code.slice(0, 4) && o.code !== c.code)
      ),
  );
}

/**
 * Candidate codes of an encounter with every mention that supports them: title/index retrieval for
 * current problems (rules applied), codes the training set links to the mention, and status codes for
 * allergies and past conditions. Shared by the engine and the ranker's training script.
 */
export async function collectCandidates(
  db: CodingRelease,
  mentions: readonly CodingMention[],
  model: RankingModel,
  cache: Map<string, readonly CodeCandidate[]>,
  leaveOut?: LeaveOut,
  /** The whole transcript, where the side of a site is read from (default: the mentions' sentences). */
  transcript?: string,
  /** Index see references followed when a mention's own words find no admissible code. */
  seeReferences?: readonly SeeReference[],
  /** The release's index when the caller already holds it (one release for the whole visit). */
  releaseIndex?: CandidateIndex,
  /** Outpatient visits back off a stated problem's qualifier (case reports are coded as written). */
  setting: CodingSetting = 'inpatient',
): Promise<{ candidates: Map<string, CandidateCode>; status: Map<string, CandidateCode> }> {
  return collectCandidatesIn(
    releaseIndex ?? (await candidateIndexFor(db)),
    mentions,
    model,
    cache,
    leaveOut,
    transcript,
    seeReferences,
    setting,
  );
}

/** collectCandidates from a release's index already at hand (no await: see suggestCodesIn). */
function collectCandidatesIn(
  index: CandidateIndex,
  mentions: readonly CodingMention[],
  model: RankingModel,
  cache: Map<string, readonly CodeCandidate[]>,
  leaveOut: LeaveOut | undefined,
  transcript: string | undefined,
  seeReferences: readonly SeeReference[] | undefined,
  setting: CodingSetting,
): { candidates: Map<string, CandidateCode>; status: Map<string, CandidateCode> } {
  const candidates = new Map<string, CandidateCode>();
  const status = new Map<string, CandidateCode>();
  const present = presentStems(mentions);
  const side = encounterSide(mentions);
  const encounter = transcript ?? mentions.map((m) => m.sentence).join(' ');
  const tobaccoProduct = tobaccoProductOf(encounter);
  // The side said of a site depends only on the title's site word: read the encounter once per site.
  const sidesBySite = new Map<string, ReturnType<typeof siteSide>>();
  const encounterSides = sideWordsOf(encounter);
  const sites = new Map<string, string | undefined>();
  const siteOf = (title: string) => {
    if (sites.has(title)) return sites.get(title);
    const site = titleSite(title);
    sites.set(title, site);
    return site;
  };
  const sidesByTitle = new Map<string, ReturnType<typeof siteSide>>();
  const encounterSiteSide = (title: string) => {
    let found = sidesByTitle.get(title);
    if (found !== undefined) return found;
    const site = siteOf(title) ?? '';
    found = sidesBySite.get(site);
    if (found === undefined) {
      found = siteSide(title, encounter, encounterSides);
      sidesBySite.set(site, found);
    }
    sidesByTitle.set(title, found);
    return found;
  };
  // Work that depends on what a mention says and the sentence it was said in, memoised for this
  // encounter (mentions repeat their phrase and sentence); nothing of it outlives the call.
  const undenied = new Map<string, ReadonlySet<string>>();
  const undeniedIn = (sentence: string) => {
    let said = undenied.get(sentence);
    if (said === undefined) {
      said = sentenceSaidNotDenied(sentence);
      undenied.set(sentence, said);
    }
    return said;
  };
  const admitted = new Map<readonly CodeCandidate[], Map<string, ReturnType<typeof admissible>>>();
  const admissibleFor = (m: CodingMention, found: readonly CodeCandidate[]) => {
    const byMention = memoFor(admitted, found);
    const key = `${m.stated === true}\u0000${m.phrase}\u0000${m.sentence}`;
    let ranked = byMention.get(key);
    if (ranked === undefined) {
      ranked = admissible(m, found, present, side, encounterSiteSide, siteOf, undeniedIn);
      byMention.set(key, ranked);
    }
    return ranked;
  };
  const add = (
    target: Map<string, CandidateCode>,
    code: string,
    title: string,
    m: CodingMention,
    s?: CandidateSupport,
  ) => {
    const entry = target.get(code) ?? {
      code,
      title,
      supports: [],
      assessed: false,
      stated: false,
      evidence: [],
      phrases: [],
    };
    if (s) entry.supports.push(s);
    target.set(code, entry);
    // A learned link from "depression" to abdominal pain does not make that code a stated problem.
    if (s?.learnedOnly) {
      entry.learnedFrom = [...(entry.learnedFrom ?? []), m];
      return;
    }
    credit(entry, m);
  };
  const credit = (entry: CandidateCode, m: CodingMention) => {
    entry.assessed ||= m.assessed;
    entry.stated ||= m.stated === true;
    entry.evidence = mergeEvidence(entry.evidence, m.evidence);
    if (!entry.phrases.includes(m.phrase)) entry.phrases.push(m.phrase);
  };
  for (const m of mentions) {
    if (m.role === 'none') continue;
    if (m.role === 'allergy') {
      for (const code of allergyStatusCodes(m.sentence, (name) => index.drugClassOf(name)))
        add(status, code, '', m);
      continue;
    }
    if (m.role === 'status') {
      for (const code of statusCodesOf(m.sentence)) add(status, code, '', m);
      continue;
    }
    const key = mentionKey(m.phrase);
    // "Smoker": the index's nicotine dependence, with the product the visit names.
    const nicotine = nicotineDependencePhrase(m.phrase, tobaccoProduct);
    let ranked =
      nicotine === undefined
        ? admissibleFor(m, candidatesFor(index, m.phrase, cache))
        : admissibleFor({ ...m, phrase: nicotine }, candidatesFor(index, nicotine, cache));
    // The words are themselves an index term that refers elsewhere ("enlarged liver" → see Hypertrophy,
    // liver): a coder follows it instead of searching the titles for the lay words. Lay words are the
    // speech of office visits; a case report's clinical words keep their own titles.
    const exact =
      nicotine === undefined && seeReferences && setting === 'outpatient'
        ? exactSeeReference(m.phrase, seeReferences)
        : undefined;
    if (exact !== undefined) {
      const followed = admissibleFor({ ...m, phrase: exact }, candidatesFor(index, exact, cache));
      if (followed.length > 0) ranked = followed;
    }
    // "Degenerative joint disease" is indexed as "see Osteoarthritis": a coder follows the reference.
    const referred =
      ranked.length === 0 && seeReferences ? followSeeReference(m.phrase, seeReferences) : undefined;
    if (referred !== undefined && referred !== m.phrase)
      ranked = admissibleFor({ ...m, phrase: referred }, candidatesFor(index, referred, cache));
    // Only sided or typed codes were found and none was said ("ovarian cancer", both sides named in
    // the visit): the condition's own unspecified code is what the words support.
    if (ranked.length === 0 && contentWords(m.phrase).length > 2)
      ranked = admissibleFor(m, candidatesFor(index, `${m.phrase} unspecified`, cache));
    // A stated problem with a qualifier no title carries ("scalp psoriasis", "exertional asthma"):
    // the problem without its first word, which still ends in the same head word. A procedure
    // ("cataract surgery") is no problem: its status codes come from status-codes.ts.
    // A case report's words are coded as written, but a modifier no title carries ("arterial
    // hypertension", "evening fever" in translated reports) is backed off there too, word by word.
    const backsOff =
      setting === 'outpatient' ? m.stated === true : m.role === 'current' || m.role === 'history';
    let shorter = m.phrase;
    for (
      let dropped = 0;
      backsOff && ranked.length === 0 && dropped < (setting === 'outpatient' ? 1 : 3);
      dropped++
    ) {
      shorter = shorter.split(' ').slice(1).join(' ');
      if (contentWords(shorter).length === 0 || PROCEDURE.test(shorter)) break;
      ranked = admissibleFor({ ...m, phrase: shorter }, candidatesFor(index, shorter, cache));
    }
    if (m.role === 'history') {
      const best = ranked[0];
      if (!best) continue;
      if (!isChronicCondition(best.code)) {
        const code = historyStatusCode(best.code);
        if (code) add(status, code, '', m);
        continue;
      }
    }
    const seen = new Set<string>();
    const best = ranked[0]?.score ?? 0;
    ranked.slice(0, PER_MENTION).forEach((c, position) => {
      seen.add(c.code);
      // A stated problem is one code (or its sides): the runners-up count as assessed, not stated.
      const said = m.stated && c.score < best - 1e-6 ? { ...m, stated: false } : m;
      add(candidates, c.code, c.longTitle, said, {
        mentionKey: key,
        match: c.score,
        precision: c.precision,
        coverage: c.coverage,
        unsaid: c.unsaid,
        position,
        learnedOnly: false,
      });
    });
    for (const code of learnedCodes(model, key, leaveOut)) {
      if (seen.has(code)) continue;
      add(candidates, code, '', m, {
        mentionKey: key,
        match: 0,
        precision: 0,
        coverage: 0,
        unsaid: 0,
        position: PER_MENTION,
        learnedOnly: true,
      });
    }
  }
  // Titles (and billability) from the loaded release: a code it does not list as billable is dropped.
  const titles = index.titlesOf(
    [...candidates.keys(), ...status.keys()].filter((c) => {
      const entry = candidates.get(c) ?? status.get(c);
      return entry?.title === '';
    }),
  );
  for (const map of [candidates, status]) {
    for (const [code, entry] of map) {
      if (entry.title !== '') continue;
      const title = titles.get(code);
      if (title === undefined) map.delete(code);
      else entry.title = title;
    }
  }
  // Learned links count for where a problem was said only from mentions whose words the title names.
  for (const entry of candidates.values()) {
    const titleStems = saidStems(entry.title);
    for (const m of entry.learnedFrom ?? [])
      if ([...saidStems(m.phrase)].every((s) => titleStems.has(s))) credit(entry, m);
  }
  // Codes proposed only from learned links still follow the laterality/encounter/"without" rules, and
  // their title must name every word of a mention (co-occurrence alone is not support).
  for (const [code, entry] of candidates) {
    if (!entry.supports.every((s) => s.learnedOnly)) continue;
    const sentences = mentions
      .filter((m) => entry.phrases.includes(m.phrase))
      .map((m) => m.sentence)
      .join(' ');
    const shares = entry.phrases.length > 0;
    const said = saidStems(`${entry.phrases.join(' ')} ${sentences}`);
    if (
      !shares ||
      unsaidDetail(entry.title, said).length > 0 ||
      unstatedDetail(entry.title, `${sentences} ${side}`) !== null ||
      contradictsFindings(entry.title, present)
    )
      candidates.delete(code);
  }
  return { candidates, status };
}

export type ScoredCode = CandidateCode & { confidence: number; blend: BlendInputs };

/**
 * Every candidate code of an encounter with its blend inputs (title/index match confidence and
 * similarity to the code's learned profile), before the blend and the final guideline filters.
 * Shared by the engine and the training script.
 */
export async function candidateCodes(db: CodingRelease, input: SuggestInput, options: SuggestOptions = {}) {
  // One read of the loaded release for the whole visit: the vocabulary, retrieval and guidelines all
  // use this index, even if another process imports a new release meanwhile.
  const index = await candidateIndexFor(db);
  return withDraftMemo(() => candidateCodesIn(index, input, options));
}

/** candidateCodes from a release's index already at hand (no await: see suggestCodesIn). */
function candidateCodesIn(index: CandidateIndex, input: SuggestInput, options: SuggestOptions) {
  const model = options.model ?? rankingModel();
  const profiles = options.profiles ?? codeProfiles();
  const vocabulary = options.vocabulary === undefined ? vocabularyOf(index) : options.vocabulary;
  const context = options.context ?? builtinResources().context;
  const leaveOut = options.leaveOut;
  // Split words and spelled-out abbreviations joined as the index writes them (offsets kept).
  const spoken = { ...input, segments: respelledSegments(input.segments) };
  const mentions = codingMentions(spoken, vocabulary ?? undefined, context);
  const { candidates, status } = collectCandidatesIn(
    index,
    mentions,
    model,
    options.cache ?? new Map(),
    leaveOut,
    spoken.segments.map((s) => s.text).join('\n'),
    // A coder follows the index's see references in both settings (they widen what is retrieved).
    index.seeReferences,
    input.setting,
  );
  const statedAny = mentions.some((m) => m.stated && m.role === 'current');
  // Pregnancy codes need a pregnancy (guideline I.C.15.a).
  const pregnant = /\bpregnan|\bweeks? (pregnant|along)\b|\bprenatal|\bgestation/i.test(
    input.segments.map((s) => s.text).join(' '),
  );
  for (const code of candidates.keys()) if (!pregnant && /^O/.test(code)) candidates.delete(code);
  // Where a problem was said in a conversation (outpatient only). The blend is fitted without it, and a
  // case report's "was diagnosed with" would otherwise lift one code 4 log-odds and sink the rest by 3,
  // far from the calibrated confidence.
  const offset = (c: CandidateCode) => whereSaidOffset(c, statedAny, input.setting, options.whereSaid);
  const features = textFeatures(input.segments, context);
  const { matches, categories: byCategory, votes } = encounterProfiles(profiles, features, PROFILES_COMPARED);
  const similarity = new Map(matches.map((m) => [m.code, m]));
  const share = (n: number | undefined) => (n ?? 0) / profiles.documents;
  const neighbours = (code: string) => ({
    neighbourVote: votes.codes.get(code) ?? 0,
    neighbourCategoryVote: votes.categories.get(code.slice(0, 3)) ?? 0,
  });
  let scored: ScoredCode[] = [...candidates.values()].map((c) => {
    const dictionary = confidenceOf(model, codeFeatures(model, c.code, c.supports, leaveOut));
    return {
      ...c,
      confidence: 0,
      blend: {
        dictionary,
        similarity: similarity.get(c.code)?.similarity,
        prior: share(profiles.codes[c.code]?.[0]),
        categorySimilarity: byCategory.get(c.code.slice(0, 3)) ?? 0,
        categoryPrior: share(profiles.categories[c.code.slice(0, 3)]?.[0]),
        ...neighbours(c.code),
      },
    };
  });
  // Codes only the learned profiles propose: billable, and within the laterality/encounter/"without"
  // rules read from the whole encounter; their evidence is the profile's words that were said.
  const known = new Set(scored.map((c) => c.code));
  const proposed = matches.slice(0, PER_ENCOUNTER_PROFILES).filter((m) => !known.has(m.code));
  // Codes the nearest reports were coded with (only profiled ones: their words are the evidence).
  const voted = new Set(
    [...votes.codes]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, PER_ENCOUNTER_NEIGHBOUR_CODES)
      .map(([code]) => code),
  );
  for (const m of matches)
    if (voted.has(m.code) && !known.has(m.code) && !proposed.includes(m)) proposed.push(m);
  // A category the encounter resembles (its profile or its nearest reports) but no candidate is in:
  // its most similar profiled code.
  const covered = new Set([...known, ...proposed.map((m) => m.code)].map((c) => c.slice(0, 3)));
  const top = (scores: Iterable<[string, number]>) =>
    [...scores]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, PER_ENCOUNTER_CATEGORIES)
      .map(([category]) => category);
  const topCategories = [...new Set([...top(byCategory), ...top(votes.categories)])];
  for (const category of topCategories) {
    if (covered.has(category)) continue;
    const best = matches.find((m) => m.code.startsWith(category));
    if (best) proposed.push(best);
  }
  const titles = index.titlesOf(proposed.map((m) => m.code));
  const said = `${input.segments.map((s) => s.text).join(' ')} ${encounterSide(mentions)}`;
  const present = presentStems(mentions);
  for (const m of proposed) {
    const title = titles.get(m.code);
    if (
      title === undefined ||
      (!pregnant && /^O/.test(m.code)) ||
      unstatedDetail(title, said) !== null ||
      contradictsFindings(title, present)
    )
      continue;
    // Learned similarity alone is no evidence: a word of a problem said as present must support it.
    const problemWords = m.features.filter((f) =>
      f
        .slice(2)
        .split(' ')
        .every((stem) => present.has(stem)),
    );
    const shown = problemWords.slice(0, 3).flatMap((f) => {
      const occurrence = features.get(f);
      return occurrence ? [occurrence] : [];
    });
    if (shown.length === 0) continue;
    scored.push({
      code: m.code,
      title,
      supports: [],
      assessed: false,
      stated: false,
      evidence: shown.map((e) => e.evidence),
      phrases: [...new Set(shown.map((e) => e.words.toLowerCase()))],
      confidence: 0,
      blend: {
        dictionary: undefined,
        similarity: m.similarity,
        prior: m.prior,
        categorySimilarity: m.categorySimilarity,
        categoryPrior: m.categoryPrior,
        ...neighbours(m.code),
      },
    });
  }
  scored = scored.map((c) => ({ ...c, confidence: blendedConfidence(model, c.blend, offset(c)) }));
  return { scored, status, index, statedAny };
}

/**
 * The coding engine behind the API, the draft CLI and eval:codes. Suggests billable ICD-10-CM codes
 * for what the patient has: mentions from the drafted note's assessed problems and the transcript
 * (ConText applied), the outpatient coding rules, then a learned, calibrated ranking that blends the
 * title/index match with the encounter's similarity to learned code profiles. Each suggestion
 * carries its confidence (`score`, a probability), evidence ranges and the words that support it.
 */
export async function suggestCodes(
  db: CodingRelease,
  input: SuggestInput,
  options: SuggestOptions = {},
): Promise<CodeSuggestion[]> {
  return suggestCodesIn(await candidateIndexFor(db), input, options);
}

/**
 * suggestCodes from a release's index already at hand, without an await: a caller can run it in the
 * same synchronous step as the draft it codes (the drafting worker shares the draft's memo with it).
 */
export function suggestCodesIn(
  index: CandidateIndex,
  input: SuggestInput,
  options: SuggestOptions = {},
): CodeSuggestion[] {
  const limit = options.limit ?? 10;
  // An office visit's candidates are re-scored and re-ordered by a model fitted on coder labels of
  // conversations (visit-ranking.ts); case reports keep the blend's calibrated order.
  const rerank = input.setting === 'outpatient' && options.rawConfidence !== true;
  const { offered, visit } = offeredCodesIn(
    index,
    input,
    rerank ? { ...options, belowFloor: true } : options,
  );
  // Re-ranked, a code is offered when the raw blend would offer it (offer-floor.ts) or the learned
  // confidence is itself above the floor of a learned guess.
  const final = rerank
    ? reranked(offered, visit).filter((c) => c.aboveFloor || c.confidence >= PROPOSED_CONFIDENCE)
    : offered;
  return final.slice(0, limit).map((c) => ({
    system: 'ICD-10-CM',
    code: c.code,
    display: c.title.slice(0, 500),
    rationale: rationale(c.phrases, c.title, c.assessed),
    score: Math.round(c.confidence * 1000) / 1000,
    evidence: c.evidence.slice(0, 50),
    evidenceWords: c.phrases.slice(0, 10).map((p) => p.slice(0, 120)),
  }));
}

/** A ranked code with what the office-visit re-ranker reads of it (visit-ranking.ts). */
export type OfferedCode = RankedCode & VisitCandidate;

/**
 * Every code an encounter is offered, before the office-visit re-ranking and the limit: the guideline
 * codes above their offer floor (offer-floor.ts), case reports ranked category first, office visits
 * in raw blended order. Shared by the engine and the re-ranker's fit script.
 */
export function offeredCodesIn(
  index: CandidateIndex,
  input: SuggestInput,
  options: SuggestOptions = {},
): { offered: OfferedCode[]; visit: VisitContext } {
  // The visit's segments are split into sentences and analysed once for every kind of mention (the
  // drafting worker's draft memo already spans its draft and these codes).
  const { ranked, statedAny } = withDraftMemo(() => {
    const candidates = candidateCodesIn(index, input, options);
    return { ranked: guidelineCodesIn(index, input, candidates), statedAny: candidates.statedAny };
  });
  // Hospital case reports are ranked category first, with their confidences recalibrated.
  const model = options.model ?? rankingModel();
  const ordered = input.setting === 'inpatient' ? rankByCategory(model.categoryRanking, ranked) : ranked;
  const offered = ordered
    .map((c) => ({
      ...c,
      // The code the visit's own words name is offered however low it scores (offer-floor.ts).
      aboveFloor: c.confidence >= (options.minConfidence ?? offerFloor(c, input.setting)),
      seqs: c.evidence.map((e) => e.seq),
      similarity: c.blend?.similarity ?? 0,
      neighbourVote: c.blend?.neighbourVote ?? 0,
    }))
    .filter((c) => c.aboveFloor || options.belowFloor === true);
  return { offered, visit: { statedAny, segments: input.segments.length } };
}

export type RankedCode = CandidateCode & { confidence: number; blend?: BlendInputs };

/**
 * The scored candidates after the coding guidelines (combination codes, status codes, drug status,
 * no external causes, contradictions, Excludes1, integral symptoms outpatient), most confident first.
 * Shared by the engine and the training script.
 */
export async function guidelineCodes(
  db: CodingRelease,
  input: SuggestInput,
  candidates: {
    scored: readonly ScoredCode[];
    status: ReadonlyMap<string, CandidateCode>;
    /** The index the candidates came from (read from `db` when absent). */
    index?: CandidateIndex;
  },
): Promise<RankedCode[]> {
  return guidelineCodesIn(candidates.index ?? (await candidateIndexFor(db)), input, candidates);
}

/** guidelineCodes with the release's index at hand (no await: see suggestCodesIn). */
function guidelineCodesIn(
  index: CandidateIndex,
  input: SuggestInput,
  candidates: { scored: readonly ScoredCode[]; status: ReadonlyMap<string, CandidateCode> },
): RankedCode[] {
  let scored: RankedCode[] = [...candidates.scored];
  const { status } = candidates;
  // The combination needs a heart failure or kidney disease said in words (a title match, never a
  // code learned profiles propose) that is itself a confident suggestion.
  const combination = hypertensionCombination(
    scored.filter((c) => c.supports.length > 0 && c.confidence >= CONFIDENT_CODE_SCORE).map((c) => c.code),
  );
  if (combination.add.length > 0) {
    const base = scored.find((c) => c.code === 'I10');
    const combined = index.titlesOf(combination.add);
    scored = scored.filter((c) => !combination.remove.includes(c.code) && !combined.has(c.code));
    for (const [code, title] of combined)
      if (base) scored.push({ ...base, code, title, confidence: base.confidence });
  }
  // Diabetes with a complication said in words and itself confident: the combination codes.
  const withDiabetes = diabetesCombination(
    scored.filter((c) => c.supports.length > 0 && c.confidence >= CONFIDENT_CODE_SCORE).map((c) => c.code),
  );
  if (input.setting === 'outpatient' && withDiabetes.add.length > 0) {
    const base = scored.find((c) => c.code === 'E119' || c.code === 'E109');
    const combined = index.titlesOf(withDiabetes.add);
    scored = scored.filter((c) => !withDiabetes.remove.includes(c.code) && !combined.has(c.code));
    for (const [code, title] of combined)
      if (base) scored.push({ ...base, code, title, confidence: base.confidence });
  }
  // A past episode of what is diagnosed today is not a separate history code; an unlikely guess at a
  // current episode (a learned profile's heart attack at 0.01) diagnoses nothing and blocks no status.
  const current = new Set(
    scored.filter((c) => c.confidence >= CONFIDENT_CODE_SCORE).map((c) => historyStatusCode(c.code)),
  );
  for (const s of [...status.values()].filter((s) => !current.has(s.code))) {
    const confidence = /^Z88|^Z91/.test(s.code) ? STATUS_CONFIDENCE.allergy : STATUS_CONFIDENCE.history;
    // The statement outranks a weaker proposal of the same code.
    const existing = scored.find((c) => c.code === s.code);
    if (existing) existing.confidence = Math.max(existing.confidence, confidence);
    else scored.push({ ...s, confidence });
  }
  // Diabetes treated with tablets or insulin carries its long-term drug status (guideline I.C.4.a.3).
  const transcript = input.segments.map((s) => s.text).join('\n');
  // The most confident diabetes code is the basis (a weaker type 1 proposal is dropped later).
  scored.sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code));
  for (const { code, basis } of diabetesDrugStatusCodes(
    scored.map((c) => c.code),
    transcript,
  )) {
    const diabetes = scored.find((c) => c.code === basis);
    const title = index.titleOf(code);
    if (!diabetes || !title) continue;
    // The rule outranks a weaker proposal of the same code (a learned profile's).
    const confidence = diabetes.confidence * DRUG_STATUS_SHARE;
    const existing = scored.find((c) => c.code === code);
    if (existing) existing.confidence = Math.max(existing.confidence, confidence);
    // The drug status restates none of the diabetes's words: no longer phrase may subsume it.
    else scored.push({ ...diabetes, code, title, confidence, phrases: [] });
  }
  scored.sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code));
  // Nausea beside vomiting is one combination code (symptom-combinations.ts); office visits only, as
  // the diabetes combinations (a case report's coders kept the parts).
  if (input.setting === 'outpatient') scored = withSymptomCombinations(scored, (code) => index.titleOf(code));
  // External causes (V00–Y99: how an injury happened) are secondary codes a coder adds, never
  // suggestions; a general examination code needs a visit that was one.
  const examination = EXAMINATION_VISIT.test(input.segments.map((s) => s.text).join(' '));
  scored = scored.filter((c) => !/^[V-Y]/.test(c.code) && (examination || !/^Z0[01]/.test(c.code)));
  const pairs = index.excludes1Among(scored.map((c) => c.code));
  // Symptoms integral to a confirmed diagnosis are left out of outpatient visits only (coding-setting.ts).
  // Outpatient too: "Pain, unspecified" goes beside a proposed pain of a named site (unsited-pain.ts).
  const diagnosed =
    input.setting === 'outpatient'
      ? withoutUnsitedPain(
          // Only a diagnosis the clinician will be shown, or named as the problem, explains a symptom
          // away (confidences here are raw: the floor is the raw confidence recalibrated to the shown one).
          withoutIntegralSymptoms(
            scored,
            rawConfidenceOf(CONFIDENT_CODE_SCORE),
            (c) => (c.stated || c.assessed) && c.supports.some((s) => !s.learnedOnly),
          ),
          PROPOSED_CONFIDENCE,
        )
      : scored;
  // A case report's coder keeps an unspecified code and a short phrase's code beside the specific ones
  // (coding-setting.ts); contradictions and Excludes1 pairs are resolved in both settings.
  if (input.setting === 'inpatient')
    return withoutExcludes1(withoutContradictions(diagnosed, { keepUnspecified: true }), pairs);
  return withoutExcludes1(withoutSubsumedPhrases(withoutContradictions(diagnosed)), pairs);
}

function mergeEvidence(a: Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map((e) => `${e.seq}:${e.start}:${e.end}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.seq}:${e.start}:${e.end}`))].slice(0, 50);
}

function rationale(phrases: readonly string[], title: string, assessed: boolean): string {
  const where = assessed ? 'in the assessment' : 'in the transcript';
  if (phrases.length === 0) return `What was said ${where} supports "${title.slice(0, 200)}"`.slice(0, 500);
  const words = phrases
    .slice(0, 3)
    .map((p) => `"${p.slice(0, 60)}"`)
    .join(', ');
  return `${words} ${where} supports "${title.slice(0, 200)}"`.slice(0, 500);
}
