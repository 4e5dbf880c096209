import { assertionOf, type CompiledContextRules } from '../../shared/clinical/offline/context.js';
import type { ProblemMention } from '../../shared/clinical/offline/index.js';
import { analysedSentences } from './sentence-analysis.js';
import { contentWords, stem, withoutParentheticals } from './term-words.js';

/**
 * Problem-mention extraction for plain clinical narrative (case reports, letters) where there is no
 * dialogue structure: dictionary-driven, using the ICD-10-CM Alphabetic Index main terms as heads
 * ("emphysema", "brucellosis") and the words of code titles as modifiers ("pulmonary").
 */
export interface ClinicalVocabulary {
  /** Stems of index main terms that have a code of their own (conditions, not anatomy). */
  headStems: Set<string>;
  /** Stems that occur in any code title or index term. */
  titleStems: Set<string>;
}

// Index main terms that organise the index rather than name a condition, and everyday words that
// happen to be main terms ("well", "case", "present") but in narrative almost never name a problem.
const GENERIC_HEADS = new Set(
  `history status admission examination encounter observation problem findings finding patient presence absence care
test tests screening follow use contact exposure counseling aftercare fitting long term other late effect sequelae case
cases well present right left last month week year day hour time symptom symptoms diagnosis condition physical blood
skin head neck material surface side wall like area areas amount small large normal treatment study result results
level levels value values sample tissue cell cells type form part state change changes loss requested conscious
good rose milk cheese several fragments appearance solid little after within limits upper lower crusted test
about old female male happy summer directed different only down very beginning relief impression system systems`
    .split(/\s+/)
    .map(stem),
);

/**
 * Builds the vocabulary from the loaded code table and the index's main terms (stored by the importer,
 * or read from the flat index TSV(.gz)); without main terms, the heads are the first words of the
 * loaded index terms (synonyms column).
 */
export function vocabularyFromTerms(
  rows: Iterable<{ longTitle: string; synonyms: string }>,
  indexMainTerms: readonly string[],
): ClinicalVocabulary {
  const titleStems = new Set<string>();
  const headStems = new Set<string>();
  const addHead = (mainTerm: string) => {
    for (const word of contentWords(mainTerm)) {
      const s = stem(word);
      if (word.length >= 4 && !GENERIC_HEADS.has(s)) headStems.add(s);
    }
  };
  for (const row of rows) {
    for (const word of contentWords(`${row.longTitle} ${row.synonyms}`))
      if (/[a-z]/.test(word)) titleStems.add(stem(word));
    if (indexMainTerms.length === 0)
      for (const term of row.synonyms ? row.synonyms.split(' | ') : [])
        addHead(withoutParentheticals(term).split(/[\s,]+/)[0] ?? '');
  }
  for (const term of indexMainTerms) addHead(term);
  return { headStems, titleStems };
}

/**
 * A main term whose word has the form of a condition's name (-itis, -osis, -oma, -ism, …): the index
 * may give it no code of its own, only by subterm ("Hypogonadism - male", "Stenosis - aortic"), yet
 * it names a condition wherever it is said.
 */
const CONDITION_FORM =
  /(?:osis|itis|ism|emia|iasis|oma|pathy|algia|plasia|trophy|ectasia|rrhea|rrhage|megaly|penia|uria|spasm|cele)$/i;

/**
 * One-word referring main terms that name no condition of their own: adjectives and participles
 * ("Congestive", "Swollen", "Torn", "Calcified" — said of a condition, not naming one), and the
 * index's words for encounters, people and circumstances ("Advice", "Follow-up", "Perpetrator").
 */
const REFERRING_NON_CONDITION =
  /(?:ed|en|orn|al|ic|ous|ive|ian|ate|ose|ar)$|^(?:advice|age|affection|check-up|follow-up|condition|decline|effect|flexure|hanging|labor|minus|plus|protection|perpetrator|smoker|bmi|hudson|consumption|sterilization|childbirth|parturition|puerperium|postpartum|abandonment|desertion|promiscuity|toxicity|nicotine|pathology|scratch|sting|stump|splinter|gravel|lump|madness|lunacy|homesickness|ache|backflow|blueness|fatness|clap)$/i;

/**
 * Main terms of the flat index TSV that name a condition: those with a code of their own
 * ("Emphysema", not "Disease - lung"), those coded only by subterm whose one word has a condition's
 * form ("Hypogonadism - male"), and one-word terms that only refer to a condition's term ("Shingles —
 * see Herpes, zoster"); anatomy and adjectives ("Breast — see condition") never.
 */
export function indexMainTermsOf(indexTsv: string): string[] {
  const terms = new Set<string>();
  const mainTerm = (termPath: string) => withoutParentheticals(termPath).split(',')[0]?.trim() ?? '';
  for (const line of indexTsv.split(/\r?\n/).slice(1)) {
    const [termPath = '', code = '', , see = ''] = line.split('\t');
    if (!code) {
      // A one-word main term the index sends to a condition's term ("Shingles — see Herpes, zoster",
      // "Hives — see Urticaria") names that condition in everyday words.
      const term = withoutParentheticals(termPath).trim();
      if (!termPath.includes(' - ') && see.trim() && !/^(?:condition|category)\b/i.test(see.trim()))
        if (/^[A-Z][a-z'-]+$/.test(term) && !REFERRING_NON_CONDITION.test(term))
          // Not an abbreviation ("DISH", "VAIN"): said as a word it is another word.
          terms.add(term);
      continue;
    }
    if (!termPath.includes(' - ')) {
      const term = mainTerm(termPath);
      if (term) terms.add(term);
      continue;
    }
    const term = mainTerm(termPath.split(' - ')[0] ?? '');
    if (/^[a-z]+$/i.test(term) && CONDITION_FORM.test(term)) terms.add(term);
  }
  return [...terms];
}

const MAX_MODIFIERS_EACH_SIDE = 3;
const STOP_EXTENSION = new Set([
  'and',
  'or',
  'with',
  'without',
  'of',
  'in',
  'to',
  'the',
  'a',
  'an',
  'by',
  'for',
  'was',
  'is',
  // A denial or a question word before a term is ConText's cue, never part of the term ("no edema").
  'no',
  'not',
  'any',
  'never',
  'denies',
  // Conversation glue that code titles happen to contain: a mention never extends over it.
  ...'so when then that this what there some feeling about because which where while just like also very really now okay gon na going think see say said i you we he she it my your me him her they them'.split(
    ' ',
  ),
]);
/**
 * Narrative words that code titles happen to contain but that never belong to a condition's name:
 * what was done or said about it ("hypertension treated with …", "psoriasis presented", "personal
 * history included hypertension"), when ("3 months after"), and the report's own nouns ("the study").
 * A mention stops at them, so its words are the condition's and its code can still be found.
 */
const NARRATIVE_WORDS = new Set(
  `treated treating treatment diagnosed diagnosis included including presented presenting presents reported report
had has have underwent undergoing admitted consulted referred performed showed revealed detected observed confirmed
required requiring developed occurred persisted persists located measuring surrounded using known under after before
during since through over within than later due history personal hours days weeks months years day week month year
study studies control unit service clinic hospital follow course evolution admission examination`.split(
    /\s+/,
  ),
);

/**
 * Mentions in one narrative text treated as transcript segment `seq`: each head word extended over
 * neighbouring title words, with its ConText assertion (negated, possible, family…).
 */
export function extractNarrativeMentions(
  text: string,
  vocabulary: ClinicalVocabulary,
  context: CompiledContextRules,
  seq = 0,
): ProblemMention[] {
  const mentions: ProblemMention[] = [];
  for (const { tokens, modifiers } of analysedSentences(text, context)) {
    const isWord = (i: number) => /^[a-z][a-z0-9-]*$/i.test(tokens[i]?.text ?? '');
    const extends_ = (i: number) =>
      isWord(i) &&
      !STOP_EXTENSION.has(tokens[i]?.lower ?? '') &&
      !NARRATIVE_WORDS.has(tokens[i]?.lower ?? '') &&
      vocabulary.titleStems.has(stem(tokens[i]?.lower ?? ''));
    let coveredUntil = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (i <= coveredUntil || !isWord(i) || !vocabulary.headStems.has(stem(tokens[i]?.lower ?? '')))
        continue;
      let from = i;
      while (from > 0 && i - from < MAX_MODIFIERS_EACH_SIDE && extends_(from - 1)) from--;
      let to = i;
      while (to + 1 < tokens.length && to - i < MAX_MODIFIERS_EACH_SIDE && extends_(to + 1)) to++;
      coveredUntil = to;
      const first = tokens[from];
      const last = tokens[to];
      if (!first || !last) continue;
      const phrase = text.slice(first.start, last.end);
      mentions.push({
        text: phrase,
        normalized: phrase.toLowerCase(),
        assertion: assertionOf(from, to + 1, modifiers),
        // Narrative has no assessment section to prefer; every mention weighs the same.
        category: 'hpi',
        evidence: [{ seq, start: first.start, end: last.end }],
      });
    }
  }
  return mentions;
}
