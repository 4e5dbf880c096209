import type { Evidence } from '../../shared/clinical/evidence.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { CompiledContextRules } from '../../shared/clinical/offline/context.js';
import { memoizedInDraft } from '../../shared/clinical/offline/draft-memo.js';
import type { ProblemMention } from '../../shared/clinical/offline/index.js';
import { splitSentences } from '../../shared/clinical/offline/sentences.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { UNCERTAIN } from './coding-rules.js';
import type { CodingSetting } from './coding-setting.js';
import { withConditionSite } from './condition-site.js';
import { headingMentions } from './heading-mentions.js';
import { withInjurySite } from './injury-site.js';
import { layConditionTerms } from './lay-conditions.js';
import { withLesionSiteBefore } from './lesion-site.js';
import { namesOnlyAMeasure } from './measure-phrases.js';
import { type ClinicalVocabulary, extractNarrativeMentions } from './narrative-mentions.js';
import { saidOfAnotherPerson } from './other-person.js';
import { problemStatements } from './problem-statements.js';
import { sitePainTerms, withPainSite } from './site-pain.js';
import { withStageFigures } from './spoken-forms.js';
import { ALLERGY_SENTENCE, statusCodesOf } from './status-codes.js';
import { saysSmokes } from './tobacco-use.js';
import { withoutTreatmentWord } from './treatment-words.js';

/** What a mention means for coding, after ConText and the rules of the encounter's setting. */
export type CodingRole =
  /** A problem the patient has now: coded as the condition. */
  | 'current'
  /** A past, resolved condition: coded as personal-history status (Z85–Z87), if at all. */
  | 'history'
  /** Named in an allergy statement: the allergen's status code (Z88.x/Z91.0x), never the reaction. */
  | 'allergy'
  /** A sentence stating a status (a graft, a transplant, long-term aspirin): its status codes. */
  | 'status'
  /** Not coded: negated, family, hypothetical, or (outpatient) an uncertain diagnosis ("rule out"). */
  | 'none';

export interface CodingMention {
  /** The words used for code retrieval (normalised). */
  phrase: string;
  role: CodingRole;
  /** Said in, or cited by, the note's assessment. */
  assessed: boolean;
  /** Named by the clinician as an assessed problem ("for your first problem, your lumbar strain"). */
  stated?: boolean;
  /** The sentence around the mention: where laterality, encounter and allergens are read from. */
  sentence: string;
  evidence: Evidence[];
}

const ASSESSMENT_SECTION = /assessment|impression|diagnos|problem/i;

/** Seqs of transcript segments cited by present sentences of the note's assessment sections. */
function assessmentSeqs(content: NoteContent): Set<number> {
  const seqs = new Set<number>();
  for (const section of content.sections) {
    if (!ASSESSMENT_SECTION.test(`${section.id} ${section.title}`)) continue;
    for (const sentence of section.sentences) {
      if (sentence.assertion && sentence.assertion !== 'present') continue;
      for (const e of sentence.evidence) seqs.add(e.seq);
    }
  }
  return seqs;
}

/** The sentence of `text` containing character `at` (`spans`: splitSentences of `text`). */
function sentenceAt(
  text: string,
  at: number,
  spans: ReturnType<typeof splitSentences>,
): { text: string; start: number } {
  const span = spans.find((s) => at >= s.start && at < s.end);
  return span ? { text: text.slice(span.start, span.end), start: span.start } : { text, start: 0 };
}

/** Keeps only evidence ranges that exist in the transcript. */
function validEvidence(
  evidence: readonly Evidence[],
  bySeq: ReadonlyMap<number, TranscriptSegment>,
): Evidence[] {
  return evidence.filter((e) => {
    const segment = bySeq.get(e.seq);
    return segment !== undefined && e.start < e.end && e.end <= segment.text.length;
  });
}

// A question asserts nothing ("any nausea or diarrhea?"): the answer, not the question, is the finding.
// Without punctuation (a microphone transcript) a question starts after fillers ("um, any nausea",
// "and have you noticed bleeding").
export const QUESTION =
  /\?\s*$|^\s*(?:(?:and|so|um+|uh+|okay|ok|now|well|alright|also|but)\b\s*,?\s*)*(any|do you|did you|have you|has (he|she)|are you|is there|were you|does it|how about|what about)\b/i;

/** The words just before a mention ask about it: "… have you noticed any nausea chills". */
const QUESTION_BEFORE =
  /\b(?:have you|do you|did you|are you|were you|has (?:he|she)|is there|any)\b(?:\s+(?!(?:no|not|but|and then)\b)[a-z'-]+){0,3}\s*$/i;

/**
 * A question and its answer run together without punctuation ("have you had any recent issues with
 * bruising or bleeding nope"): asked within the last words before the mention, answered no right after.
 */
const ASKED_WITHIN_BEFORE =
  /\b(?:have you|do you|did you|are you|were you|has (?:he|she)|does (?:he|she)|is there|any)\b(?:\s+[a-z'-]+){0,9}\s*$/i;
const ANSWERED_NO_AFTER =
  /^\s*(?:or\s+[a-z'-]+(?:\s+[a-z'-]+){0,3}\s+)?(?:nope|no|nah|none|not really|never)\b(?!\s+(?:more|longer|other|problem|issue))/i;

/**
 * A review of systems run on without punctuation ("any chest pain shortness of breath nausea
 * vomiting"): every symptom listed after "any" is asked about, until a word starts an answer or ties
 * the list to something said ("for", "your").
 */
const ASKED_LIST_BEFORE =
  /\bany\b(?:\s+(?!(?:no|not|nope|but|and|yes|yeah|yep|i|i'm|i've|im|ive|my|your|his|her|for|with|to|the|a|an|some|sometimes|actually|okay|ok|well|so|just|because|since|when)\b)[a-z'-]+){4,7}\s*$/i;

/**
 * A question about a treatment the patient keeps up "for" a condition ("are you still using the cpap
 * for your sleep apnea", "still taking the inhaler for the asthma"): it presupposes the condition.
 */
const STAGE_WORD = /\b(?:stage|type|grade|class) (?:one|two|three|four|five)\b/i;

const PRESUPPOSED_BEFORE =
  /\b(?:still|been|keep(?:ing)?)\s+(?:(?:taking|using|wearing|on)\b)[^.?!]{0,40}\bfor\s+(?:your|the|his|her|their)\s*$/i;

/**
 * A parent or carer telling the child's history ("mom says his asthma", "dad tells me her eczema"):
 * the relative is the informant, not the one who has the condition.
 */
const INFORMANT_BEFORE =
  /\b(?:mom|mum|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|aunt|caregiver)\s+(?:says|said|reports|reported|tells me|told me|mentions|mentioned|noticed|notices|thinks|feels)\s+(?:that\s+)?(?:his|her|their)\s*$/i;

// Sentences that list what might happen or might be the cause ("the most common side effects are
// nausea, vomiting", "some possible causes are … hepatitis, cirrhosis") or a family's illnesses
// ("for family history, there's high blood pressure, diabetes"): nothing in them is the patient's.
const NOT_THE_PATIENTS =
  /\bside[- ]effects?\b|\bpossible (causes?|reasons?|complications?)\b|\brisks? (include|of|are|associated)\b|\bcomplications? (include|such as|like|are)\b|\b(can|could|may|might) (cause|lead to|result in)\b|\bfamily (medical )?history\b/i;

// One-word mentions that name a body part or an everyday thing, not a problem ("heart", "lungs", "cold").
const NOT_A_PROBLEM = new Set(
  `heart lung lungs kidney kidneys liver brain chest stomach sinus sinuses throat skin bone bones eye eyes ear ears
head neck back arm arms leg legs knee knees shoulder elbow wrist hand hands foot feet ankle hip abdomen belly bladder
colon blood esophagus gland muscle muscles joint joints nerve nerves vein veins artery arteries tooth teeth mouth nose
cold eating death portal transplant rhythm reading movement injury fall falls body heat weight sleep work exercise
pressure sugar rate valve cell cells tissue fluid water food diet birth life pregnancy surgery
means mean great best still medical medication medications break motion called episode affect habit school labor`.split(
    /\s+/,
  ),
);

/** Forms of the verb "pass", said of stones, gas or time, never a condition. */
const PASS_VERB = /^pass(?:ed|es|ing)?$/i;

/** A stated phrase that names a body part, a service or the word "problem" itself, no problem. */
export const NAMES_NO_PROBLEM = (phrase: string) =>
  phrase.split(' ').every((w) => NOT_A_PROBLEM.has(w) || /^(?:right|left|both|bilateral)$/.test(w)) ||
  /^(?:[a-z]+ )?(?:problem|issue|concern)s?$/.test(phrase);

// A one-word term used as a verb names an action, not a finding ("you can strain your urine").
const VERB_BEFORE = /\b(to|can|could|will|should|must|please|you|we|i)\s*$/i;

// A denial a few words before the term in its own sentence ("no belly pain though"), which ConText
// can miss in a stitched answer or when the mention's words swallowed the cue.
// "No issues with the diabetes" still speaks of a diabetes: the words between are few and no preposition.
const DENIED_BEFORE =
  /(?:^|\s)(no|not|nor|denies|denied|without|never|negative for|free of|\w*n't|dont|didnt|doesnt|havent|hasnt)(\s+(?!(?:with|for|from|about|regarding|since|on|of|to|in|your|my|his|her|the|some|but|just|only)\b)[^\s,;]+){0,2}\s*$/i;
// A mention whose words begin with a denial or a question word ("no edema", "any swelling").
const NOT_ASSERTED_START = /^(no|not|without|denies|never|any)\b/i;

const NAMES_A_SERVICE =
  /^[\s-]*(screening|screen|panel|study|studies|specialist|clinic|program|education|class|test|testing|workup|work-up|vaccines?|vaccinations?|shots?|boosters?|immunizations?)\b/i;

// Words just before a term that say it is being looked for, not found ("just checking for a meniscus
// tear", "we'll test you for strep"): what is checked for is not a finding.
const LOOKED_FOR_BEFORE =
  /\b(?:check(?:s|ing)?|test(?:s|ing)?|look(?:s|ing)?|screen(?:s|ing)?|evaluat(?:e|es|ing)|assess(?:es|ing)?)\s+(?:(?:you|him|her|them|it)\s+)?for\s+(?:(?:an?|the|any|some|signs? of|possible)\s+)*$/i;

// A condition had and removed or had some years ago ("you had a skin cancer removed about five months
// ago", "I had kidney stones a couple of years ago") is past: its personal-history status. A removal
// planned or done at this visit is not.
const HAD_BEFORE = /\b(?:had|got|was treated for|were treated for)\b(?:\s+[^\s.?!]+){0,4}\s*$/i;
const REMOVED_AFTER =
  /^[^.?!]{0,40}?\b(?:removed|excised|resected|cut out|taken out|burned off|frozen off)\b|^\s*(?:removal|excision|resection)\b/i;
const YEARS_AGO_AFTER =
  /^[^.?!]{0,40}?\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple(?: of)?|many|\d+)\s+)+years?\s+ago\b|^[^.?!]{0,40}?\b(?:back )?in (?:19|20)\d\d\b|^[^.?!]{0,40}?\b(?:back )?in (?:nineteen|twenty)(?: oh)? (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)\b(?! (?:minutes?|hours?|days?|weeks?|months?|years?|percent|pounds?|milligrams?)\b)|^[^.?!]{0,40}?\b(?:last year|(?:a while|a long time|some time) (?:back|ago)|in the past|as a (?:kid|child|teenager)|when i was (?:a kid|young|little|a child))\b/i;
/** The mention's words are followed by its removal ("your skin cancer removal"). */
const REMOVAL_AFTER = /^\s*(?:removal|excision|resection)\b/i;
/** The mention's own words end in its removal ("skin cancer removed"). */
const REMOVED = /\s(?:removed|removal|excised|excision|resected|resection)$/i;
const NOT_YET = /\b(?:today|will|going to|gon na|schedule|scheduled|plan|planning|need|needs)\b/i;
// Said of the time, not the patient: "during covid", "since the pandemic".
const A_TIME_BEFORE = /\b(?:during|since|before|after|throughout|because of)\s+(?:the\s+)?$/i;
const A_TIME = /^(?:covid(?:-19| 19)?|pandemic|coronavirus)$/i;

/** A complaint's duration just before it: "a 2-month history of", "a three-day history of evening". */
const DURATION_HISTORY_BEFORE =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|couple of)[- ](?:hours?|days?|weeks?|months?|years?)(?:'s?)?[- ](?:long[- ])?history of\s+(?:[a-z-]+\s+){0,3}$/i;

/** "Without known allergies", "NKDA": denying an allergy states none, so no word near it is a reaction. */
const ALLERGY_DENIED =
  /\b(?:no|without|nor|denies|denied)(?: any)?(?: known)?(?: drug| medication)? allerg\w*|\bnkda\b|\bnot allergic\b/gi;

/**
 * The words whose allergy statement makes a mention its reaction: a visit's whole sentence ("I'm
 * allergic to sulfa, I get hives"); a written report's own clause, since it lists a patient's
 * conditions beside the allergy ("allergy to penicillin, hypertension and psoriasis").
 */
function allergyScope(
  sentence: string,
  before: string,
  words: string,
  after: string,
  setting: CodingSetting,
): string {
  if (setting === 'outpatient') return sentence.replace(ALLERGY_DENIED, ' ');
  const clause = `${before.split(/[,;]/).at(-1) ?? ''} ${words} ${after.split(/[,;]/)[0] ?? ''}`;
  return clause.replace(ALLERGY_DENIED, ' ');
}

/**
 * Speech as a recogniser writes it, without the hesitations that break the patterns above: fillers
 * ("um", "uh", "you know", "mm-hmm") and a word said twice in a row ("during you know covid", "the the
 * stent"). Only the words around a mention are read this way, never the mention itself.
 */
export const withoutHesitations: (text: string) => string = memoizedInDraft(withoutHesitationsOnce);

function withoutHesitationsOnce(text: string): string {
  return text
    .replace(/(^|\s)(?:u+m+|u+h+|e+r+m+|h+m+|mm-hmm|mhm|uh-huh|you know|i mean)(?=[\s,.]|$)[,.]?/gi, '$1')
    .replace(/\b([a-z']+)(?:\s+\1\b)+/gi, '$1')
    .replace(/\s{2,}/g, ' ');
}

// A condition the clinician says the patient does not have, just after it ("a psa looks for prostate
// cancer, which I don't think you have"; "pneumonia, which you don't have").
const DENIED_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:which|that)\s+(?:i\s+(?:do\s*n[o']?t|don'?t|do not)\s+(?:think|believe)\s+)?(?:you|he|she|they)\s+(?:do\s*n[o']?t|don'?t|do not|does\s*n[o']?t|doesn'?t|does not)\s+(?:have|has)\b|^\s*(?:[a-z]+\s+)?(?:which|that)\s+i\s+(?:do\s*n[o']?t|don'?t|do not)\s+(?:think|believe)\s+(?:you|he|she|they)\s+(?:have|has)\b/i;

// A condition named as a possibility the plan depends on: "if you do have an infection", "in case
// it is a fracture", "if he develops a fever".
const CONDITIONAL_BEFORE =
  /\b(?:if|in case|unless|whether)\s+(?:(?:you|he|she|they|it|there|we)\s+)?(?:(?:do|does|did|still|ever|end up|turn out to)\s+)*(?:have|has|had|get|gets|develop|develops|is|are|was|were|find|see|show|shows)\b(?:\s+[^\s.?!]+){0,3}\s*$/i;

/**
 * Whether a mention's allergy scope states an allergy. A visit's scope is its whole sentence, so
 * `known` (one encounter's) remembers the answer per sentence: a sentence holds many mentions.
 */
function saysAllergy(
  sentence: string,
  before: string,
  words: string,
  after: string,
  setting: CodingSetting,
  known?: Map<string, boolean>,
): boolean {
  if (setting !== 'outpatient' || known === undefined)
    return ALLERGY_SENTENCE.test(allergyScope(sentence, before, words, after, setting));
  let says = known.get(sentence);
  if (says === undefined) {
    says = ALLERGY_SENTENCE.test(allergyScope(sentence, before, words, after, setting));
    known.set(sentence, says);
  }
  return says;
}

/**
 * A denial and then, in a new clause, what the problem is ("the x-ray shows no fracture, so it's a
 * sprain", "not infected, but this is a bad bruise"): the denial's scope ends at the clause, and the
 * words right before the mention assert it. ConText's scope runs on over a comma and "so".
 */
const AFFIRMED_AFTER_DENIAL =
  /\b(?:no|not|without|negative for|n't)\b[^.?!]*?(?:[,;]\s*|\s(?:so|but)\s+)(?:(?:so|but|and|then|just|really|most likely|probably)\s+)*(?:it's|it is|this is|that's|that is|this looks like|it looks like|you have|you've got|he has|she has|they have|what you have is)\s+(?:(?:an?|the|just|simply|only|more of|like)\s+){0,2}(?:[a-z'-]+\s+){0,3}$/i;

/** A negated mention whose own clause, after the denial, says what the problem is. */
export const affirmedAfterDenial = (before: string): boolean => {
  const match = before.match(AFFIRMED_AFTER_DENIAL);
  if (!match || match.index === undefined) return false;
  // No denial of its own in the words after the clause break ("so it's not a sprain").
  const tail =
    before
      .slice(match.index)
      .split(/[,;]|\s(?:so|but)\s/)
      .at(-1) ?? '';
  return !/\b(?:no|not|n't|never|without)\b/i.test(tail);
};

/** Said as past in its own sentence: had and removed, or had some years ago. */
export function saidAsPast(before: string, after: string): boolean {
  return HAD_BEFORE.test(before) && (REMOVED_AFTER.test(after) || YEARS_AGO_AFTER.test(after));
}

function roleOf(
  mention: ProblemMention,
  sentence: string,
  spokenBefore: string,
  spokenAfter: string,
  setting: CodingSetting,
  /** saysAllergy's answers for this encounter's sentences. */
  allergySentences?: Map<string, boolean>,
): CodingRole {
  const before = withoutHesitations(spokenBefore);
  const after = withoutHesitations(spokenAfter);
  if (setting === 'outpatient' && A_TIME.test(mention.text.trim()) && A_TIME_BEFORE.test(before))
    return 'none';
  // The allergy statement itself is coded (allergyStatements); its reaction words never are.
  if (
    mention.category === 'allergy' ||
    saysAllergy(sentence, before, mention.text, after, setting, allergySentences)
  )
    return 'none';
  const oneWord = !/\s/.test(mention.text.trim());
  // "Pass the stone", "he passed": the verb, whose stem is passive dependency's (F60.7) in the index.
  if (setting === 'outpatient' && oneWord && PASS_VERB.test(mention.text.trim())) return 'none';
  if (oneWord && (VERB_BEFORE.test(before) || NOT_A_PROBLEM.has(mention.text.trim().toLowerCase())))
    return 'none';
  if (mention.category !== 'assessment' && QUESTION.test(sentence) && !PRESUPPOSED_BEFORE.test(before))
    return 'none';
  // A question inside a run-on sentence ("okay so have you noticed any nausea chills fever no fever
  // some chills"): the words asked about are not findings; the answer's own words are.
  if (QUESTION_BEFORE.test(before) || ASKED_LIST_BEFORE.test(before)) return 'none';
  if (setting === 'outpatient' && ASKED_WITHIN_BEFORE.test(before) && ANSWERED_NO_AFTER.test(after))
    return 'none';
  if (setting === 'outpatient' && LOOKED_FOR_BEFORE.test(before)) return 'none';
  if (setting === 'outpatient' && (CONDITIONAL_BEFORE.test(before) || DENIED_AFTER.test(after)))
    return 'none';
  if (setting === 'outpatient' && mention.category !== 'assessment' && NOT_THE_PATIENTS.test(sentence))
    return 'none';
  // "Colon cancer screening", "the anemia panel", "a diabetes study": a test or a service, no finding.
  if (setting === 'outpatient' && NAMES_A_SERVICE.test(after)) return 'none';
  if (DENIED_BEFORE.test(before) || NOT_ASSERTED_START.test(mention.text.trim())) return 'none';
  const informant = setting === 'outpatient' && INFORMANT_BEFORE.test(before);
  if (mention.category === 'family' && !informant) return 'none';
  // "We'll check your kidney function": a measure, not a finding (measure-phrases.ts).
  if (setting === 'outpatient' && namesOnlyAMeasure(mention.text, before)) return 'none';
  // "My husband has diabetes too": a spouse's or a friend's condition (other-person.ts).
  if (setting === 'outpatient' && saidOfAnotherPerson(before)) return 'none';
  switch (mention.assertion) {
    case 'negated':
      if (setting === 'outpatient' && affirmedAfterDenial(before)) break;
      return 'none';
    case 'family':
      if (informant) break;
      return 'none';
    case 'hypothetical':
      return 'none';
    case 'possible':
      // Outpatient: coded as its symptoms (IV.H); inpatient: as if established (II.H).
      if (setting === 'outpatient') return 'none';
      break;
    case 'historical':
      // "A 3-month history of fever": how long a complaint has lasted, not a past condition.
      if (DURATION_HISTORY_BEFORE.test(before)) break;
      return 'history';
    default:
      break;
  }
  // ConText scopes miss some hedges a few words before the term ("most likely due to …").
  if (setting === 'outpatient' && UNCERTAIN.test(before.split(/\s+/).slice(-6).join(' '))) return 'none';
  // Case reports narrate the treatment of what they code; a visit's past removal is history.
  if (
    setting === 'outpatient' &&
    (saidAsPast(before, after) ||
      ((REMOVED.test(mention.text.trim()) || REMOVAL_AFTER.test(after)) &&
        !NOT_YET.test(`${before} ${after.slice(0, 20)}`)))
  )
    return 'history';
  return mention.category === 'history' ? 'history' : 'current';
}

const NO_ALLERGY = /\bno (known )?(drug )?allerg|\bnot allergic|\bnkda\b|\bdenies (any )?allerg/i;

/** One mention per transcript sentence that `keep` accepts, coded by its `role` (allergy or status). */
function sentenceMentions(
  segments: readonly TranscriptSegment[],
  role: 'allergy' | 'status',
  keep: (sentence: string) => boolean,
): CodingMention[] {
  return segments.flatMap((segment) =>
    splitSentences(segment.text)
      .filter((span) => keep(segment.text.slice(span.start, span.end)))
      .map((span) => ({
        phrase: role,
        role,
        assessed: false,
        sentence: segment.text.slice(span.start, span.end),
        evidence: [{ seq: segment.seq, start: span.start, end: span.end }],
      })),
  );
}

/**
 * Allergy statements of the transcript, whatever problem words they contain ("penicillin gives me
 * hives"): coded as allergy status from the allergen they name. Questions and denials are left out.
 */
const allergyStatements = (segments: readonly TranscriptSegment[]) =>
  sentenceMentions(
    segments,
    'allergy',
    (sentence) => ALLERGY_SENTENCE.test(sentence) && !QUESTION.test(sentence) && !NO_ALLERGY.test(sentence),
  );

/**
 * Sentences that state a status a coder adds (a bypass graft, a transplant, a former smoker, daily
 * aspirin). A question counts ("you've had a bypass at 27, how's that going?"): it restates history.
 */
const statusStatements = (segments: readonly TranscriptSegment[]) =>
  sentenceMentions(segments, 'status', (sentence) => statusCodesOf(sentence).length > 0);

/**
 * Sentences stating that the patient smokes now: a "smoker" mention, whatever words carry it ("about a
 * pack a day"); the index's nicotine dependence takes the product from the visit (tobacco-use.ts).
 */
const smokingStatements = (segments: readonly TranscriptSegment[]): CodingMention[] =>
  segments.flatMap((segment) =>
    splitSentences(segment.text)
      .map((span) => ({ span, sentence: segment.text.slice(span.start, span.end) }))
      .filter(({ sentence }) => saysSmokes(sentence) && !QUESTION.test(sentence))
      .map(({ span, sentence }) => ({
        phrase: 'smoker',
        role: 'current' as const,
        assessed: false,
        sentence,
        evidence: [{ seq: segment.seq, start: span.start, end: span.end }],
      })),
  );

/**
 * Conditions said in everyday words ("my prostate is enlarged", "lost twenty pounds", "a pill for my
 * blood pressure"): the index term each names, as a current mention of its sentence. Office visits
 * only; a case report names its conditions in the index's own words.
 */
function layConditions(
  segments: readonly TranscriptSegment[],
  inAssessment: ReadonlySet<number>,
): CodingMention[] {
  const visit = segments.map((s) => s.text).join('\n');
  return segments.flatMap((segment) =>
    splitSentences(segment.text).flatMap((span) => {
      const sentence = segment.text.slice(span.start, span.end);
      return [...layConditionTerms(sentence, visit), ...sitePainTerms(sentence)].map((phrase) => ({
        phrase,
        role: 'current' as const,
        assessed: inAssessment.has(segment.seq),
        sentence,
        evidence: [{ seq: segment.seq, start: span.start, end: span.end }],
      }));
    }),
  );
}

/** The clinician's problem statements, whole ("acute lumbar strain"): assessed mentions. */
function statedProblems(segments: readonly TranscriptSegment[], setting: CodingSetting): CodingMention[] {
  return segments.flatMap((segment) =>
    problemStatements(segment.text)
      // "For the surgery, I would …", "for the first problem": a cue, but no problem named.
      // "I think he has passed a couple": the verb, not a problem.
      .filter((p) => !QUESTION.test(p.sentence) && !NAMES_NO_PROBLEM(p.phrase) && !PASS_VERB.test(p.phrase))
      .map((p) => ({
        phrase: p.phrase,
        role:
          setting !== 'outpatient'
            ? ('current' as const)
            : p.uncertain
              ? ('none' as const)
              : // "From a mole removal standpoint": a past removal reviewed.
                REMOVED.test(p.phrase) &&
                  !NOT_YET.test(p.sentence.slice(0, Math.max(0, p.sentence.search(/remov|excis|resect/i))))
                ? ('history' as const)
                : ('current' as const),
        assessed: true,
        // The reason for the visit is assessed; the assessment may name what explains it.
        stated: p.reason !== true,
        sentence: p.sentence,
        evidence: [{ seq: segment.seq, start: p.start, end: Math.max(p.end, p.start + 1) }],
      })),
  );
}

export interface MentionSources {
  /** The drafter's problem mentions (lexicon terms with their sentence category and assertion). */
  mentions: readonly ProblemMention[];
  segments: readonly TranscriptSegment[];
  content: NoteContent;
  /** Decides how an uncertain diagnosis is coded (coding-setting.ts). */
  setting: CodingSetting;
}

/** A bare injury word or "pain" with the body part said before it ("the sprain", "the pain"). */
const siteSaidBefore = (phrase: string, sentence: string, before: string) =>
  withPainSite(withInjurySite(phrase, sentence, before), sentence, before);

/**
 * Coding mentions of one encounter: the drafter's problem mentions plus index-vocabulary mentions of
 * every transcript segment (ConText applied to both), each with its coding role.
 */
export function codingMentions(
  sources: MentionSources,
  vocabulary: ClinicalVocabulary | undefined,
  context: CompiledContextRules,
): CodingMention[] {
  const bySeq = new Map(sources.segments.map((s) => [s.seq, s]));
  const inAssessment = assessmentSeqs(sources.content);
  // A possessive apostrophe ("Colles' fracture") would split the term; a space keeps every offset.
  const narrative = vocabulary
    ? sources.segments.flatMap((s) =>
        extractNarrativeMentions(s.text.replace(/(?<=[a-z])'(?=\s)/gi, ' '), vocabulary, context, s.seq),
      )
    : [];
  const out: CodingMention[] = [
    ...allergyStatements(sources.segments),
    ...statusStatements(sources.segments),
    ...smokingStatements(sources.segments),
    ...statedProblems(sources.segments, sources.setting),
    ...(sources.setting === 'outpatient' ? layConditions(sources.segments, inAssessment) : []),
  ];
  // The segment before each one: where a site said just before a bare injury word is read.
  const previousText = new Map(sources.segments.map((s, i) => [s.seq, sources.segments[i - 1]?.text ?? '']));
  // A segment holds many mentions: its sentences are split once.
  const sentences = new Map<string, ReturnType<typeof splitSentences>>();
  const sentencesOf = (text: string) => {
    let spans = sentences.get(text);
    if (!spans) {
      spans = splitSentences(text);
      sentences.set(text, spans);
    }
    return spans;
  };
  const allergySentences = new Map<string, boolean>();
  for (const mention of [...sources.mentions, ...narrative]) {
    const phrase = (mention.normalized || mention.text).trim();
    if (phrase.length === 0) continue;
    const evidence = validEvidence(mention.evidence, bySeq);
    const first = evidence[0];
    const segmentText = first ? (bySeq.get(first.seq)?.text ?? '') : mention.text;
    const sentence = first
      ? sentenceAt(segmentText, first.start, sentencesOf(segmentText))
      : { text: mention.text, start: 0 };
    const before = first ? segmentText.slice(sentence.start, first.start) : '';
    const after = first ? segmentText.slice(first.end, sentence.start + sentence.text.length) : '';
    // A visit names the site once and then says "the sprain": the injury of that site (outpatient).
    // A site said right after a site-coded condition ("an ulcer on your right foot") is its site.
    const sited =
      sources.setting === 'outpatient' && first
        ? siteSaidBefore(
            withLesionSiteBefore(
              withConditionSite(withoutTreatmentWord(phrase), withoutHesitations(after)),
              `${previousText.get(first.seq) ?? ''} ${withoutHesitations(segmentText.slice(0, first.start))}`,
            ),
            sentence.text,
            `${previousText.get(first.seq) ?? ''} ${segmentText.slice(0, sentence.start)}`,
          )
        : phrase;
    out.push({
      phrase: sited,
      role: roleOf(mention, sentence.text, before, after, sources.setting, allergySentences),
      assessed: mention.category === 'assessment' || evidence.some((e) => inAssessment.has(e.seq)),
      sentence: sentence.text,
      evidence,
    });
  }
  // The drafted assessment's problem headings, each with the role its own words were given above.
  out.push(...headingMentions(sources.content, bySeq, out, sources.setting));
  // "Stage three": the figure the titles write.
  for (const m of out) if (STAGE_WORD.test(m.phrase)) m.phrase = withStageFigures(m.phrase);
  return out;
}
