/**
 * The outpatient coding rules a certified coder applies (ICD-10-CM Official Guidelines, section IV),
 * as pure functions over candidate codes and the words that were said. The engine applies them
 * before and after ranking so a rule is never left to a learned weight.
 */
import { CONFIDENT_CODE_SCORE } from '../../shared/clinical/codes.js';
import { expandAbbreviations } from './clinical-abbreviations.js';
import { beforeRightOrLeft, matchesAt, type SideWords, sideWordsOf } from './side-words.js';
import { contentWords, stem, withoutParentheticals } from './term-words.js';

/** A code the engine is about to propose. */
export interface ProposedCode {
  code: string;
  title: string;
  confidence: number;
}

/** Stems of what was said (abbreviations expanded), for "is this detail stated?" checks. */
export const saidStems = (text: string): Set<string> =>
  new Set(contentWords(expandAbbreviations(text)).map(stem));

/** A denial and the (at most two) words it denies: "no fever", "denies chest pain". */
const DENIAL =
  /\b(?:no|not|denies|denied|without|negative for|free of)\s+((?:(?!and\b|or\b|but\b|some\b|a\b|any\b)[a-z'-]+\b\s*){1,2})/gi;

/**
 * Stems of what a sentence said, less the words it denied ("no fever, some chills" says chills, not
 * fever), so a title whose detail was denied ("Chill(s) with fever") is not read into the words. The
 * mention's own phrase always counts as said.
 */
export function saidNotDenied(
  phrase: string,
  sentence: string,
  /** sentenceSaidNotDenied(sentence), when the caller remembers it (mentions share sentences). */
  undenied: ReadonlySet<string> = sentenceSaidNotDenied(sentence),
): Set<string> {
  const said = new Set(undenied);
  for (const s of saidStems(phrase)) said.add(s);
  return said;
}

/** saidNotDenied without the mention's phrase: what the sentence alone said and did not deny. */
export function sentenceSaidNotDenied(sentence: string): Set<string> {
  const denied = new Set<string>();
  for (const m of sentence.matchAll(DENIAL)) for (const s of saidStems(m[1] ?? '')) denied.add(s);
  const said = saidStems(sentence);
  for (const s of denied) said.delete(s);
  return said;
}

const LATERALITY = /\b(right|left|bilateral)\b/i;
/** A side word said, compiled once per side (unstatedDetail runs per candidate). */
const SIDE_SAID = new Map<string, RegExp>();
function sideSaid(side: string): RegExp {
  let said = SIDE_SAID.get(side);
  if (!said) {
    said = new RegExp(`\\b${side}\\b`, 'i');
    SIDE_SAID.set(side, said);
  }
  return said;
}
/** Words that put a condition on both sides. */
export const BOTH_SIDES =
  /\bbilateral(ly)?\b|\bboth (sides|knees|hands|wrists|feet|legs|arms|shoulders|hips|ears|eyes|elbows|ankles)\b/i;
const LATER_ENCOUNTER = /\b(subsequent encounter|sequela)\b/i;
const LATER_ENCOUNTER_SAID =
  /\b(follow[- ]?up|subsequent|healing|healed|sequela|late effect|after (the|an?) (injury|fracture))\b/i;

/**
 * Why a code must not be proposed from `said`, or null: laterality the words do not state (the
 * unspecified-side sibling is proposed instead), or a subsequent/sequela encounter (7th character D/S)
 * nobody described. A first visit for an injury is coded as the initial encounter (A).
 */
export function unstatedDetail(title: string, said: string): string | null {
  const side = title.match(LATERALITY)?.[1]?.toLowerCase();
  // "Both knees": the bilateral code, or each side where none exists (withoutContradictions keeps one).
  if (side && !BOTH_SIDES.test(said) && !sideSaid(side).test(said)) return `laterality "${side}" not stated`;
  if (LATER_ENCOUNTER.test(title) && !LATER_ENCOUNTER_SAID.test(said)) return 'encounter type not stated';
  // A personal-history code needs a past condition ("newly diagnosed ovarian cancer" is current).
  if (
    /^personal history\b/i.test(title) &&
    !/\bhistory\b|\bhad\b|\bprevious|\bpast\b|\bremoved\b|\bago\b/i.test(said)
  )
    return 'history not stated';
  // Since FY2022 depression that nobody called major is F32.A; the older index still leads to F32.9.
  if (/\bmajor depressive\b/i.test(title) && !/\bmajor\b|\bmdd\b/i.test(said))
    return 'major depression not stated';
  return null;
}

/**
 * An "Other …" code means a specified form the classification does not list ("Other specified
 * arthritis, right knee"): words that name no such form ("arthritis") are coded as the unspecified
 * condition instead. It stays when the words say more than the title (the form that is "other") or an
 * index term of the code names them ("fatigue" is indexed to R53.83 "Other fatigue").
 */
export function otherFormNotSaid(title: string, synonyms: string, phrase: string): boolean {
  if (!/^other\b/i.test(title) || /\bother\b/i.test(phrase)) return false;
  const words = [...saidStems(phrase)];
  if (words.length === 0) return false;
  const titleWords = saidStems(withoutParentheticals(title));
  if (words.some((w) => !titleWords.has(w))) return false;
  return !synonyms
    .split(' | ')
    .some((name) => name.trim() !== '' && words.every((w) => saidStems(name).has(w)));
}

/**
 * A personal or family history, a screening or a genetic susceptibility is not the condition itself:
 * a problem said as present today ("newly diagnosed ovarian cancer", even in a sentence that also
 * lists a past medical history) is never coded as one unless its own words say so.
 */
export function notTheConditionItself(title: string, phrase: string): boolean {
  const kinds: Array<[RegExp, RegExp]> = [
    [/^personal history\b/i, /\bhistory\b|\bhad\b|\bprevious|\bpast\b/i],
    [/^family history\b/i, /\bfamily\b|\bmother|\bfather|\bsister|\bbrother|\bparent/i],
    [/\bscreening\b/i, /\bscreen/i],
    [/\bgenetic susceptibility\b/i, /\bgene|\bgenetic|\bbrca|\bcarrier/i],
  ];
  return kinds.some(([titleSays, phraseSays]) => titleSays.test(title) && !phraseSays.test(phrase));
}

// Title words that name no clinical detail of their own, so a title may carry them unsaid.
const NEUTRAL = new Set(
  [
    'unspecified',
    'other',
    'nos',
    'nec',
    'specified',
    'organism',
    'site',
    'part',
    'type',
    'disease',
    'disorder',
    'condition',
    'mellitus',
    'primary',
    'essential',
    'initial',
    'encounter',
    'closed',
    'fracture',
    'complication',
    'complications',
    'uncomplicated',
    'current',
    'injury',
    'episode',
    'state',
    'due',
    'without',
    'status',
    'single',
    'unilateral',
    'region',
    'multiple',
    'sites',
    'nonvenomous',
    'severity',
    'limb',
    'stage',
    'level',
    'mild',
    'classified',
    'elsewhere',
    'syndrome',
    'finding',
    'findings',
    'abnormal',
    'personal',
    'history',
    'allergy',
  ].flatMap((w) => [stem(w), stem(`${w}s`)]),
);

/**
 * Title words naming a detail (a cause, an organism, a form) that the words do not say: "eosinophilic"
 * from "pneumonia". Words after "without" are not detail (they say what is absent); parentheticals
 * are nonessential modifiers.
 */
export function unsaidDetail(title: string, said: ReadonlySet<string>): string[] {
  const positive = (withoutParentheticals(title).split(/\bwithout\b/i)[0] ?? '')
    // "Carpal tunnel syndrome, unspecified upper limb": the side the title leaves unspecified, and
    // what it says is absent ("not intractable"), add no detail.
    .replace(
      /\b(?:right|left|bilateral) (?:upper |lower )limbs?\b|\bunspecified (upper |lower )?(limbs?|side|sites?|eyes?|ears?|foot|feet|organism|ligaments?|parts?|fingers?|toes?|bones?|joints?|muscles?|tendons?|lobes?|bronchus|lungs?|regions?|levels?|knees?|ankles?|wrists?|hands?|hips?|shoulders?|elbows?|kidneys?|ureters?|ovar(y|ies))\b|\bnot\b[^,]*/gi,
      ' ',
    )
    // "Pain in left ankle and joints of left foot": the ankle said is the title's site.
    .replace(/\band joints of (?:right |left |unspecified )?(?:foot|hand)\b/gi, ' ')
    // A strain is of "muscle, fascia and tendon" by definition; a fracture not said to be
    // nondisplaced is coded displaced (guideline I.C.19.c.1).
    .replace(/\bmuscles?,? fascia and tendons?\b|\bdisplaced\b/gi, ' ')
    // The side is unstatedDetail's to check, with the side the encounter gives the site.
    .replace(/\b(right|left|bilateral)\b/gi, ' ');
  return [...new Set(contentWords(positive).map(stem))].filter(
    (s) => !NEUTRAL.has(s) && !said.has(s) && !/^\d+$/.test(s),
  );
}

/**
 * A "without X" title when X was said as present: "chills without fever" when fever was reported.
 * `presentStems` are the stems of findings asserted present anywhere in the encounter.
 */
export function contradictsFindings(title: string, presentStems: ReadonlySet<string>): boolean {
  const without = title.match(/\bwithout\b(.*)$/i)?.[1];
  if (!without) return false;
  const absent = contentWords(withoutParentheticals(without))
    .map(stem)
    .filter((s) => !NEUTRAL.has(s));
  return absent.some((s) => presentStems.has(s));
}

/**
 * Words that make a diagnosis uncertain in an outpatient note (coded as its symptoms instead), as
 * written or as a recogniser writes them ("rule-out", "maybe" for "may be"). "Maybe" and "perhaps"
 * hedge only a condition they name ("maybe a little arthritis", not "maybe once a week I get a
 * migraine").
 * The rule for impressions (one rule, guideline IV.H: probable, suspected, likely, rule out and
 * similar terms are not coded, the symptoms are): "sounds like" and "seems like" infer a diagnosis
 * from the story, so they are uncertain whenever they name one — "it sounds like you have a torn
 * meniscus", "it sounds like it is plantar fasciitis", "this seems like a migraine". They hedge
 * nothing when they judge how a known problem is doing ("it sounds like your asthma is stable") or
 * name no condition ("sounds like a plan"). "Looks like" reads what was seen on exam or imaging and is
 * not a hedge.
 */
export const UNCERTAIN =
  /\b(probable|probably|likely|suspected|suspect|suspicious for|suspicion (?:of|for)|presumed|presumptive|possible|possibly|rule[- ]out|r\/o|questionable|concern(ed)? (for|about|that)|might (have|be)|may (have|be)|could be|worried (about|that)|consistent with a possible|versus|vs\.?|differential|not (?:sure|certain) (?:if|whether|that|it's|it is)|(?:sounds|seems) like(?=\s*$|\s+(?:you|he|she|they) (?:have|has|'ve got|might|may)\b|\s+(?:it is|it's|this is|that is|that's|a|an|some)\b(?!\s+(?:plan|good|great|lot|while)\b))|(?:maybe|perhaps)(?=\s*$|\s+(?:a|an|some|the|your|his|her|it's|it is|this is|that's|you have|you've got|he has|she has)\b))(?=\W|$)/i;

/** Diagnosis category → the symptom/sign codes integral to it (not coded beside it). */
const INTEGRAL: Array<[RegExp, RegExp]> = [
  [/^J(1[2-8]|20|21|22|40)/, /^R(05|50|0600|0602|062|07|509|6883|091)|^R53/],
  [/^J(0[0-6]|09|10|11)|^U071/, /^R(05|50|51|0981|070|6883)|^M791|^R53/],
  // A stone in the kidney or ureter explains the flank and back pain it causes (M54.5-, M54.9).
  [/^N2[0-3]/, /^R(10|31|30|11)|^N23|^M54[59]/],
  [/^N(30|39)/, /^R(30|35|3915|31|10)/],
  // An injury or a joint disease explains its pain, swelling, limp and numbness (R20–R29, R60), not a
  // loss of weight or appetite (R63) or a general symptom (R68) the visit also reports.
  [/^S|^M(1[5-9]|2[2-5]|6[0-7]|7[0-9])/, /^M25(5|4|6)|^M79(6|1)|^M54(5|6|9)|^R(2|60)|^R52/],
  [/^[CK]|^N2[0-3]|^G4[34]|^M54/, /^R52/],
  [/^G43|^G44/, /^R51|^R11/],
  [/^K2[01]|^K3[01]/, /^R(12|13|10|11)|^R0789/],
  [/^I50|^I11/, /^R(06|60|53|0789|079)/],
  [/^I2[0-5]/, /^R07/],
  [/^J4[45]/, /^R(05|06)/],
  [/^E1[01]/, /^R(35|631|632|739)/],
  [/^L0[0-8]|^L03/, /^R(21|50|2|60)/],
  [/^A69|^B/, /^R(50|53|21)/],
  [/^D5[0-3]|^D6[34]/, /^R53/],
  [/^F41/, /^R(45|00|0789)/],
  [/^F3[23]/, /^R(45|53)/],
  [/^H6[5-7]/, /^H92/],
  // Numbness and tingling are what a nerve entrapment or a neuropathy is (carpal tunnel, diabetic
  // polyneuropathy), not coded beside it.
  [/^G5[4-9]|^G6[0-3]|^E1[013]4/, /^R20/],
  // Itching is part of a dermatitis, psoriasis or lichen (L20–L30, L40–L44), not coded beside it.
  [/^L(2[0-8]|30|4[0-4])/, /^L29/],
  [/^K5[0-2]|^A0[89]/, /^R(19|10|11)/],
  // Constipation and irritable bowel explain the abdominal pain, bloating and bowel-habit change.
  [/^K5[89]/, /^R(10|14|19)/],
];

/** The lowest confidence of a code the engine proposes at all (suggestCodes' default floor). */
export const PROPOSED_CONFIDENCE = 0.05;

/**
 * Drops symptom codes integral to a diagnosis that is established (fever and cough beside a confident
 * pneumonia). A coder codes the symptom when the diagnosis is not established (guideline IV.D), so a
 * diagnosis explains a symptom away only when it is shown (at or above `shownFloor`) or when the
 * clinician named it in words as the visit's problem (`named`: stated or assessed, a title match, never
 * a learned guess) — the sprain of the ankle whose swelling was examined, even where the ranker, fitted
 * on hospital reports, scores the sprain low. A guess the clinician never sees and never said (a
 * profile's osteoarthritis at 0.2 beside the knee pain the patient came with) explains nothing,
 * whatever their order; a symptom the clinician stated as the problem is explained only by a shown
 * diagnosis (the named one may be the impression the clinician went on to doubt). `codes` must be sorted best first;
 * `shownFloor` is the confidence at which a code is shown, on the scale of `codes` (an office visit's
 * raw confidences: outpatient-calibration.ts).
 */
export function withoutIntegralSymptoms<T extends ProposedCode & { stated?: boolean }>(
  codes: readonly T[],
  shownFloor: number = CONFIDENT_CODE_SCORE,
  named: (code: T) => boolean = () => false,
): T[] {
  // A symptom code (pain in a joint) never explains another symptom.
  const isSymptom = (code: string) =>
    /^[RZ]/.test(code) || INTEGRAL.some(([, symptom]) => symptom.test(code));
  const shown = codes.filter((c) => !isSymptom(c.code) && c.confidence >= shownFloor);
  const namedOnly = codes.filter(
    (c) => !isSymptom(c.code) && c.confidence < shownFloor && c.confidence >= PROPOSED_CONFIDENCE && named(c),
  );
  // Every candidate diagnosis, however unlikely (the rule as it stood for unsited symptoms).
  const proposed = codes.filter((c) => !isSymptom(c.code));
  return codes.filter((c) => {
    // The problem the clinician stated as a symptom ("your chest pain") stays unless a diagnosis is
    // shown. A symptom said without a site or kind ("the pain", "it swelled up": "Pain, unspecified",
    // "Edema, unspecified") is the symptom of whatever condition the candidates hold; a sited complaint
    // ("pain in my left knee") is the reason for the visit, coded unless a diagnosis is established.
    const explaining =
      c.stated === true
        ? shown
        : GENERIC.test(c.title) && !SITED_SYMPTOM.test(c.title)
          ? proposed
          : [...shown, ...namedOnly];
    return !INTEGRAL.some(
      ([diagnosis, symptom]) =>
        symptom.test(c.code) && explaining.some((d) => d !== c && diagnosis.test(d.code)),
    );
  });
}

/** A symptom title that names where it is (a joint, a limb, the back, the chest, the abdomen). */
const SITED_SYMPTOM =
  /\b(?:in|of) (?:right|left|unspecified|bilateral)?\s*\w+|\b(?:chest|abdominal|back|neck|pelvic|flank|knee|hip|shoulder|ankle|wrist|elbow)\b|^(?:low back|dorsalgia|headache)/i;

/** Code pairs that cannot both be true of one patient today; the first-ranked one stays. */
const CONTRADICTING: Array<[RegExp, RegExp]> = [
  [/^R509|^R50/, /^R6883/],
  [/^E11/, /^E10/],
  [/^E66/, /^R634|^R636/],
  [/^R630/, /^R632/],
];

const GENERIC = /unspecified|, NOS\b/i;

/** Combination codes whose tabular note asks for the other code beside them (I11.0 and I50.-). */
const USE_ADDITIONAL: Array<[RegExp, RegExp]> = [
  [/^I1[13]/, /^I50|^N18/],
  [/^I12/, /^N18/],
  [/^E(0[89]|1[013])62/, /^L97|^L98/],
];

/**
 * Removes codes that contradict a better-ranked one: listed pairs (fever with "chills without fever"),
 * a "without complications" code beside a "with" code of the same category, and an unspecified code
 * beside a specified sibling of the same category. `codes` must be sorted best first.
 */
export function withoutContradictions<T extends ProposedCode>(
  codes: readonly T[],
  /** Keep an unspecified code beside its specified siblings (inpatient: the coder picks among them). */
  options: { keepUnspecified?: boolean } = {},
): T[] {
  const kept: T[] = [];
  const displaces = !options.keepUnspecified;
  // Every pair of titles is compared: each title's words are read once.
  const saysLessThan = memoised((generic: string) => {
    const g = detailWords(generic);
    return (specific: string) => saysLess(g, detailWords(specific), specific);
  });
  const detailWords = memoised((title: string) => positiveWords(title));
  // "Anemia, unspecified" beside "Iron deficiency anemia": the specific code says it all.
  // Only a specific code ranked above the unspecified one, or itself likely, displaces it: an unlikely
  // guess ("asthma with exacerbation" at 0.1) must not hide the asthma a clinician assessed. A code
  // that asks for the other as an additional code (I11.0 and the heart failure) displaces nothing.
  // A bilateral code says both sides at once: its right and left siblings are not coded beside it.
  const specific = codes.filter(
    (c, i) =>
      !(
        displaces &&
        GENERIC.test(c.title) &&
        codes.some(
          (o, j) =>
            o !== c &&
            (j < i || o.confidence >= CONFIDENT_CODE_SCORE) &&
            !USE_ADDITIONAL.some(([combined, other]) => combined.test(o.code) && other.test(c.code)) &&
            saysLessThan(c.title)(o.title),
        )
      ) &&
      !(
        /\b(right|left)\b/i.test(c.title) &&
        codes.some((o) => o.code.slice(0, 4) === c.code.slice(0, 4) && /\bbilateral\b/i.test(o.title))
      ),
  );
  for (const c of specific) {
    const clash = kept.some((k) => {
      if (
        CONTRADICTING.some(
          ([a, b]) => (a.test(k.code) && b.test(c.code)) || (b.test(k.code) && a.test(c.code)),
        )
      )
        return true;
      if (k.code.slice(0, 3) !== c.code.slice(0, 3)) return false;
      const sameFamily =
        k.code.slice(0, 4) === c.code.slice(0, 4) || k.code.length <= 4 || c.code.length <= 4;
      if (/without complications/i.test(c.title) || /without complications/i.test(k.title)) return true;
      return displaces && sameFamily && (GENERIC.test(c.title) || GENERIC.test(k.title));
    });
    if (!clash) kept.push(c);
  }
  return kept;
}

/** A title's detail stems before any "without": what it says is absent does not make it more specific. */
function positiveWords(title: string): Set<string> {
  return new Set(
    contentWords(withoutParentheticals(title.split(/\bwithout\b/i)[0] ?? ''))
      .map(stem)
      .filter((s) => !NEUTRAL.has(s)),
  );
}

/**
 * Whether an unspecified title names nothing the other title does not ("Anemia" vs "Iron deficiency
 * anemia"), given both titles' positiveWords.
 */
function saysLess(g: ReadonlySet<string>, s: ReadonlySet<string>, specific: string): boolean {
  // "Other specified depressive episodes" names no detail of its own.
  if (/^other\b|, other\b|\bother specified\b/i.test(specific)) return false;
  return g.size > 0 && s.size > g.size && [...g].every((w) => s.has(w));
}

/** `f` with its results kept by argument, for one call of a rule that compares every pair. */
function memoised<V>(f: (key: string) => V): (key: string) => V {
  const results = new Map<string, V>();
  return (key) => {
    let value = results.get(key);
    if (value === undefined) {
      value = f(key);
      results.set(key, value);
    }
    return value;
  };
}

/**
 * Combination codes (guideline I.C.9.a): hypertension with heart failure is hypertensive heart
 * disease with heart failure (I11.0, heart failure coded too); with chronic kidney disease, I12.9.
 * Returns the codes to add and the codes they replace.
 */
export function hypertensionCombination(codes: readonly string[]): { add: string[]; remove: string[] } {
  const hasHypertension = codes.includes('I10');
  if (!hasHypertension) return { add: [], remove: [] };
  const heartFailure = codes.some((c) => c.startsWith('I50'));
  const kidney = codes.some((c) => c.startsWith('N18'));
  if (heartFailure && kidney) return { add: ['I130'], remove: ['I10'] };
  if (heartFailure) return { add: ['I110'], remove: ['I10'] };
  if (kidney) return { add: ['I129'], remove: ['I10'] };
  return { add: [], remove: [] };
}

/**
 * The complications the index lists under "Diabetes, with" (guideline I.A.15: "with" links them to
 * the diabetes unless the clinician says otherwise), as the combination code's ending and whether the
 * complication's own code stays beside it ("use additional code": the kidney disease stage, the ulcer).
 */
const DIABETES_WITH: Array<[RegExp, string, 'keep' | 'replace']> = [
  [/^N18/, '22', 'keep'],
  [/^L97[45]/, '621', 'keep'],
  [/^L97|^L984/, '622', 'keep'],
  [/^G629|^G63/, '42', 'replace'],
  [/^K3184/, '43', 'replace'],
  [/^I739/, '51', 'replace'],
  [/^H350/, '319', 'replace'],
  [/^E162/, '649', 'replace'],
];

/**
 * Combination codes for type 1 or type 2 diabetes with a complication said as present (I.C.4.a:
 * "use as many codes as describe all complications"): the "without complications" code gives way to
 * each combination. Returns the codes to add and the codes they replace.
 */
export function diabetesCombination(codes: readonly string[]): { add: string[]; remove: string[] } {
  const base = codes.find((c) => c === 'E119' || c === 'E109');
  if (!base) return { add: [], remove: [] };
  const add = new Set<string>();
  const remove = new Set<string>();
  for (const code of codes)
    for (const [complication, ending, own] of DIABETES_WITH) {
      if (!complication.test(code)) continue;
      add.add(`${base.slice(0, 3)}${ending}`);
      if (own === 'replace') remove.add(code);
      break;
    }
  if (add.size === 0) return { add: [], remove: [] };
  remove.add(base);
  return { add: [...add], remove: [...remove] };
}

/**
 * Excludes1 (tabular list, when imported): two conditions that are never coded together; the
 * better-ranked code stays. `codes` must be sorted best first.
 */
export function withoutExcludes1<T extends ProposedCode>(
  codes: readonly T[],
  pairs: ReadonlyArray<{ code: string; excluded: string }>,
): T[] {
  const excludes = (a: string, b: string) => pairs.some((p) => p.code === a && b.startsWith(p.excluded));
  const kept: T[] = [];
  for (const c of codes)
    if (!kept.some((k) => excludes(k.code, c.code) || excludes(c.code, k.code))) kept.push(c);
  return kept;
}

/** Words that name a title's site in speech ("upper limb" is said as the hand, wrist or arm). */
const SITE_WORDS: Record<string, string> = {
  limb: 'hands?|wrists?|arms?|elbows?|legs?|limbs?',
  finger: 'fingers?|thumbs?|hands?',
  foot: 'foot|feet|toes?|heels?',
  toe: 'toes?|foot|feet',
  heel: 'heels?|foot|feet',
  leg: 'legs?|calf|calves|shins?',
  kidney: 'kidneys?|flank',
  // Long bones are said as the limb part they are in ("my right arm" for the humerus); titleSite
  // leaves the plural-looking final "s" off ("humeru", "radiu").
  humeru: 'humerus|arms?|shoulders?',
  radiu: 'radius|forearms?|wrists?|arms?',
  ulna: 'ulna|forearms?|wrists?|arms?|elbows?',
  femur: 'femur|thighs?|hips?|legs?',
  tibia: 'tibia|shins?|legs?|knees?|ankles?',
  fibula: 'fibula|legs?|ankles?',
  ureter: 'ureters?|kidneys?|flank',
};

/** The site word of a sided title ("Medial epicondylitis, right elbow" → "elbow"), or undefined. */
export const titleSite = (title: string): string | undefined =>
  title
    .match(
      /\b(?:right|left|bilateral)\s+(?:[a-z]+\s+){0,2}?([a-z]+?)s?\b(?:,|$|\s+and|\s+initial|\s+subsequent)/i,
    )?.[1]
    ?.toLowerCase();

/** Words that find the side examined normal, or only the yardstick it is compared with. */
const NORMAL_AFTER =
  /^[^,.;?!]{0,60}?\b(?:(?:is|are|looks?|feels?|seems?|sounds?) (?:like )?(?:normal|fine|good|okay|ok|unremarkable)|normal|unremarkable)\b/i;
const COMPARED_BEFORE = /\b(?:compared (?:to|with)|than|versus|vs)\s+(?:the |your |his |her |my )?$/i;

/**
 * Whether the side said at `at` is the comparison ("compared to the left knee, everything looks
 * good") or was examined normal ("your left knee … feels normal"): not the side of the problem.
 */
function comparisonSide(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 80).split(/\b(?:right|left|but)\b/i)[0] ?? '';
  return COMPARED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || NORMAL_AFTER.test(after);
}

/**
 * The side the encounter gives the site a sided title names ("Medial epicondylitis, right elbow" →
 * the elbows said): 'right', 'left', 'both' (both sides, or "bilateral"), or '' when none is said.
 */
export function siteSide(
  title: string,
  text: string,
  /** sideWordsOf(text), when the caller reads one text for many sites. */
  saidSides?: SideWords,
): '' | 'right' | 'left' | 'both' {
  const site = titleSite(title);
  if (!site) return '';
  const words = SITE_WORDS[site] ?? `${site}s?`;
  const sides = new Map<string, number>();
  const count = (side: string) => sides.set(side, (sides.get(side) ?? 0) + 1);
  const before = new RegExp(`\\b(right|left|both|bilateral)\\s+(?:[a-z']+\\s+){0,2}?(?:${words})\\b`, 'gi');
  const after = new RegExp(
    `\\b(?:${words})\\s+(?:is |are )?(?:on )?(?:the |your |my |his |her )?(right|left)\\b(?! now| away| there| here)`,
    'gi',
  );
  for (const m of sideMatches(text, saidSides, words, before, after))
    if (!comparisonSide(text, m.index ?? 0, m[0].length)) count((m[1] ?? '').toLowerCase());
  if (sides.has('both') || sides.has('bilateral')) return 'both';
  // "Compared to the left knee, everything looks good": a side said far less often is the comparison.
  const right = sides.get('right') ?? 0;
  const left = sides.get('left') ?? 0;
  if (right > 0 && left > 0 && right < 2 * left && left < 2 * right) return 'both';
  return right > left ? 'right' : left > right ? 'left' : '';
}

/** Longest run of the optional words between a site word and the side after it in siteSide's `after`. */
const AFTER_WORDS_REACH = 'are on your '.length;

/**
 * siteSide's matches, as text.matchAll finds them: tried only where a side was said (a `before`
 * match begins at a side word; an `after` match ends at "right"/"left", at most the site word, a
 * whitespace run and its optional words later).
 */
function sideMatches(
  text: string,
  known: SideWords | undefined,
  words: string,
  before: RegExp,
  after: RegExp,
) {
  const sides = known?.text === text ? known : sideWordsOf(text);
  // The site words' source bounds their match's length unless it repeats something.
  if (/[*+{]/.test(words)) return [...text.matchAll(before), ...text.matchAll(after)];
  const reach = words.length + sides.longestSpace + AFTER_WORDS_REACH;
  return [
    ...matchesAt(before, text, sides.starts),
    ...matchesAt(after, text, beforeRightOrLeft(sides, reach)),
  ];
}

/**
 * Drops a code whose every supporting phrase is part of a longer phrase that a better-ranked code
 * codes: "hepatitis" (K75.9) beside "hepatitis C" (B19.20), "kidney stone" (N20.0) beside "kidney
 * stone in the ureter" (N20.1) — one problem, coded once, at the specificity said. `codes` must be
 * sorted best first; codes without phrases (status codes) are kept.
 */
export function withoutSubsumedPhrases<T extends ProposedCode & { phrases: readonly string[] }>(
  codes: readonly T[],
): T[] {
  // Every pair of codes is compared: each phrase's and title's words are read once.
  const words = memoised((p: string) => contentWords(p));
  const wordSet = memoised((p: string) => new Set(words(p)));
  const titleStems = memoised((title: string) => new Set(contentWords(title).map(stem)));
  const within = (short: string, long: string) => {
    const s = words(short);
    const l = wordSet(long);
    return s.length > 0 && s.length < l.size && s.every((w) => l.has(w));
  };
  // The longer phrase's code must itself name the shorter words ("viral hepatitis C" names hepatitis),
  // and be ranked above or likely.
  const names = (k: T, p: string) => {
    const title = titleStems(k.title);
    return words(p).every((w) => title.has(stem(w)));
  };
  return codes.filter(
    (c, i) =>
      c.phrases.length === 0 ||
      !codes.some(
        (k, j) =>
          k !== c &&
          (j < i || k.confidence >= CONFIDENT_CODE_SCORE) &&
          c.phrases.every((p) => names(k, p) && k.phrases.some((q) => within(p, q))),
      ),
  );
}
