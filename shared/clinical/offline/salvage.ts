import {
  hasProseDefect,
  innerQuestionStart,
  type ProseDefect,
  proseDefects,
} from '../quality/prose-defects.js';
import { withoutOfferedNumbers } from './asks.js';
import { contentWords } from './classify.js';
import { clinicianVoice } from './clinician-voice.js';
import { withVerbAgreement } from './person.js';
import { replacingInTurn } from './rule-gate.js';
import { wordCount } from './tokens.js';

/**
 * The last resort before a sentence is shipped flagged for review: spoken words a note never
 * carries, taken out where taking them out changes no meaning, and then the sentence cut into its
 * clauses, keeping the ones that read as documentation when every clause left out is talk with
 * nothing clinical in it. A shorter clean sentence that keeps each finding beats a long one a
 * physician must reword; a sentence whose conversational clause holds a finding stays for review.
 */

// Fillers that survive the first clean-up because a number was still a word when it ran ("for like
// four days"), and discourse words that carry no content ("honestly", "absolutely").
const SCRUB: Array<[RegExp, string]> = [
  // "like" as a pause before an amount: "for like 4 days", "at like a 6", "takes like 2 ibuprofen".
  [/\blike (?=(?:an? )?(?:\d|one\b|two\b|three\b|four\b|five\b|ten\b))/gi, ''],
  [/\b(?:about|around) like\b/gi, 'about'],
  // "like" before how often or how much ("like twice a day", "like a couple of times") and between an
  // ordinal and its noun ("the first like hour").
  [
    /(?<!\b(?:looks?|seems?|feels?|sounds?|felt|looked|seemed|something|more|just|would|'d)\s)\blike (?=(?:once|twice|every|half|a (?:couple|few))\b)/gi,
    '',
  ],
  [/\b(first|last|past|next) like\b/gi, '$1'],
  // A subject named, then said again as a pronoun ("her knee it is swollen", "the top numbers they
  // are in the 130s"): the named subject with its verb.
  [
    /^((?:the|his|her|their|this|that)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:it|they)\s+(?=(?:is|are|was|were|has|have|had|looks?|feels?|seems?)\b)/i,
    '$1 ',
  ],
  // The clinician's opinion in the words of a note ("I think it is a sprain" → "I believe it is a
  // sprain"): the hedge kept, the talk gone.
  [
    /\bI (?:do not|don't) think\b(?= (?:that|it|this|she|he|they|the|her|his|their|there)\b)/g,
    'I do not believe',
  ],
  [/\bI think\b(?= (?:that|it|this|she|he|they|the|her|his|their|there|we)\b)/g, 'I believe'],
  // A conjunction restarted as another ("and but she has been taking them"): the one said last.
  [/\b(?:and|but) (and|but)\b/gi, '$1'],
  // A suggestion put as a question ("what about increasing the sertraline"): what it proposes.
  [/^(?:what|how) about (?=[a-z]+ing\b)/i, 'Consider '],
  // "like" as a pause after a verb, before what is said ("will get like lightheaded", "she has had
  // like any tingling"); "like" before something named compares ("is like a band") and stays.
  [
    /\b(get|gets|got|getting|was|is|are|were|be|been|had|have|has|just) like (?!(?:a|an|the|this|that|these|those|to|it|he|she|they|his|her|their|him|them|what|when|how|something)\b)/gi,
    '$1 ',
  ],
  // A relative clause begun and left unsaid at the end ("no signs of arthritis that.", "some rales
  // that."): the noun phrase it hung on ends the sentence. Only after a phrase opened by a determiner
  // or a number, so "that" as what a verb takes ("to decrease that", "he tolerates that") stays.
  [
    /(?<=\b(?:a|an|the|any|some|no|his|her|their|our|my|that|these|those|\d+%?)\s+(?:[\w/%-]+\s+){0,3}[\w/%-]+)(?<!\b(?:he|she|they|it|patient|clinician)\s+\w+)(?<![a-z]ed)\s+that(?:\s+(?:would|will|is|was|can|could))?(?=[.!?]?$)/gi,
    '',
  ],
  [/\b(?:honestly|absolutely|obviously|unfortunately|definitely|seriously|anyways?)\b,?\s*/gi, ''],
  // "it is it is very stiff", "you use you are using": a phrase restarted before it is finished.
  [/\b((?:it|she|he|they|there|that) (?:is|was|has|does))\s+\1\b/gi, '$1'],
  // A "yes" or "no" answering the question before, left in front of the statement that answers it
  // ("No he has never had allergies", "He is yes he takes the aspirin").
  [/^(?:no|yes|yeah)\s+(?=(?:the patient|he|she|they|it|i|we)\b)/i, ''],
  [/\b(?:(?:he|she|they) (?:is|are|does|do|has|have) )?yes,?\s+(?=(?:he|she|they|it|that)\b)/gi, ''],
  // A subject left hanging for another ("She her wrist started to hurt"): the one the verb has.
  [
    /^(?:she|he|they|the patient) (?=(?:her|his|their) \w+ (?:is|was|has|had|started|got|began|hurts?|feels?|felt|swelled|swells)\b)/i,
    '',
  ],
  // The clinic as "here": "see her back here in 3 months", "when he came in here".
  [/\bback here\b/gi, 'back'],
  [/\b(came|come|comes|coming) in here\b/gi, '$1 in'],
  [/\b(sent|referred) (him|her|them|the patient) over here\b/gi, '$1 $2 to the clinic'],
  // Pointing in the room where the words around it name the place ("pain right here in his stomach",
  // "the soft tissue is swollen here").
  [/\s+right (?:around )?(?:here|there)\s+(?=(?:in|on|at|along|over|under|by|behind)\b)/gi, ' '],
  [/(?<=\w)\s+(?:right )?(?:around )?(?:here|there)(?=\s*(?:[,.;]|$))/gi, ''],
  // Looking at records is reviewing them ("take a look here at her diabetes numbers", "look at his
  // labs"); looking at a body part is an exam act and stays as said.
  [
    /\b(?:take a (?:quick )?look|have a (?:quick )?look|look)(?: here)? at ((?:his|her|their|the) (?:\w+ )?(?:numbers|labs?|results?|x-rays?|imaging|chart|notes|records?|sugars?|readings|levels?|a1c|diabetes|blood pressure|blood work|echo|mri|ct|scan))\b/gi,
    'review $1',
  ],
  // A clinician's or parent's aside opening a statement ("Look, the biggest issue ...").
  [/^(?:look|listen|see|well|so|now|okay|ok|right|thanks?(?: so)?)\s*,\s*/i, ''],
  // A hedge in front of a statement about the patient: "I would say it is 4/10" → "It is 4/10".
  [
    /^(?:i (?:would|'d) say|i think|i guess|i feel like|i believe|i am guessing|i'm guessing|she would say|he would say|they would say)(?: that)?,?\s+(?=(?:it|this|that|she|he|they|the|her|his|their|there)\b)/i,
    '',
  ],
];

// Where a spoken run-on can be cut into clauses: punctuation, a conjunction that opens a new
// statement, and a new subject with its verb.
const CUT =
  /\s*[,;]\s+|\s+(?=(?:and|but|plus|so|because|although|though|whereas)\s+(?:i|we|she|he|they|it|there|that|this|these|those|his|her|their|the)\b)|\s+(?=(?:i|we)\s+(?:am|was|have|had|do|did|will|would|think|thought|know|can|could|may|might|love|hope|guess|see|saw)\b)|\s+(?=(?:she|he|they|there|it)\s+(?:is|was|does|did|has|had|said|says|will|would|can|could|seems?|looks?)\s)|\s+(?=(?:when|as|while|if|which|these|this|that is)\s+(?:she|he|they|it|i|we|things|is|are|can)\b)/i;

const LEADING_CONJUNCTION = /^(?:and|but|plus|so|because|although|though|whereas)\s+/i;
// A clause ending on a word that needs what follows it.
const OPEN_END =
  /\b(?:since|that|because|when|if|until|unless|while|and|or|but|of|to|for|with|at|from|by|about|than|the|a|an|is|was|are|were|be|been|based on how|how|what|which|who)$/i;
// Talk left out is an aside, never a statement of its own ("so this time I have not taken anything").
const MAX_ASIDE_WORDS = 12;

// A negation in talk that would go could be the sentence's meaning ("I do not know if ...").
const NEGATION = /\b(?:no|not|never|none|nothing|without|n't)\b|n't\b/i;
// Words of a finding the problem list may not know ("the soft tissue is swollen"): never cut as talk.
const FINDING =
  /\b(?:swollen|swelling|tender\w*|pain\w*|hurts?|ache\w*|sore|red|redness|warm\w*|bruis\w*|rash\w*|fever\w*|cough\w*|numb\w*|tingl\w*|weak\w*|stiff\w*|bleed\w*|dizz\w*|nause\w*|vomit\w*|diarrh\w*|short of breath|wheez\w*|itch\w*|lump|mass|normal|abnormal|positive|negative|elevated|high|low)\b/i;
const SUBORDINATE = /^(?:if|when|as|while|which|that|because|whether|since|until|unless|where)\b/i;

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

const reads = (clause: string) => !hasProseDefect(capital(`${clause}.`)) && contentWords(clause).length >= 2;

/** Whether words can go as talk: nothing clinical, no negation, no finding, short. */
const isTalk = (words: string, isClinical: (clause: string) => boolean) =>
  !/\d/.test(words) &&
  !isClinical(words) &&
  !NEGATION.test(words) &&
  !FINDING.test(words) &&
  wordCount(words) <= MAX_ASIDE_WORDS;

// Where a statement can begin inside a run-on clause: a plan, a subject, a pertinent negative.
const OPENER =
  /^(?:plan (?:to|for)|will (?:order|start|continue|refer|prescribe|schedule|send|check|see)|continue|recommend|(?:she|he|they|the patient|there) (?:is|was|are|were|has|had|does|did|will|reports?|denies|takes|took|feels|felt|notes)|no)\b/i;
// Words that leave the talk before a statement unfinished ("I may want | the patient to ...").
const UNFINISHED =
  /\b(?:want|wants|need|needs|may|might|would|could|should|can|will|going|try|like|love|into|done|inserting|have|has|had|is|are|was|were)$/i;

/**
 * A clause whose talk runs straight into a statement ("I would have been suspecting plan for her to
 * stay on Tylenol"): the statement, when the words before it are talk and it reads on its own.
 */
function withoutTalkBefore(clause: string, isClinical: (clause: string) => boolean): string | undefined {
  const words = clause.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    const rest = words.slice(i).join(' ');
    if (!OPENER.test(rest)) continue;
    const talk = words.slice(0, i).join(' ');
    if (!isTalk(talk, isClinical)) return undefined;
    if (OPEN_END.test(talk) || UNFINISHED.test(talk)) continue;
    if (reads(rest) && !SUBORDINATE.test(rest)) return rest;
  }
  return undefined;
}

// Each scrub only looked for in a sentence with the words it needs (rule-gate.ts).
const SCRUB_IN_TURN = replacingInTurn(SCRUB);

/** A sentence without the fillers and restarts that carry no meaning; the sentence as is otherwise. */
export function scrubSpeech(text: string): string {
  let s = SCRUB_IN_TURN(withVerbAgreement(text));
  s = s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    // A comma left before the full stop by a word taken out ("4 cups a day, honestly.").
    .replace(/[,;:]+(?=[.!?]?$)/, '')
    .trim();
  return s === text ? text : capital(s);
}

/**
 * The sentence as documentation with its talk taken out, or undefined when what would be cut holds a
 * finding (a number, a drug, a named problem: isClinical) or nothing clinical would be left.
 */
export function salvageSentence(
  text: string,
  isClinical: (clause: string) => boolean,
): { text: string } | undefined {
  const scrubbed = scrubSpeech(text);
  if (!hasProseDefect(scrubbed)) return { text: scrubbed };
  const body = scrubbed.replace(/[.!?]+$/, '');
  const clauses = body
    .split(CUT)
    .map((c) => c.trim())
    .filter((c) => /\w/.test(c));
  const kept: string[] = [];
  // Whether the clause just before was cut: what follows must then stand on its own.
  let afterCut = false;
  let cut = false;
  for (const said of clauses) {
    const whole = scrubSpeech(clinicianVoice(said)).replace(LEADING_CONJUNCTION, '');
    const clause = reads(whole) ? whole : (withoutTalkBefore(whole, isClinical) ?? whole);
    if (reads(clause)) {
      // A subordinate clause cannot stand alone once what it hung on is gone ("if we started it").
      if ((afterCut || kept.length === 0) && SUBORDINATE.test(clause)) return undefined;
      kept.push(clause);
      afterCut = false;
      continue;
    }
    // Only talk goes: no finding or negation in it, short enough to be an aside, and not the end of
    // a phrase the clause before it leaves open ("... 6 months since | I have seen her").
    const before = afterCut ? undefined : kept.at(-1);
    if (!isTalk(said, isClinical) || (before !== undefined && OPEN_END.test(before))) return undefined;
    afterCut = true;
    cut = true;
  }
  if (!cut && kept.join(', ') === body) return undefined;
  if (kept.length === 0 || !kept.some(isClinical)) return undefined;
  const sentence = capital(`${kept.join(', ')}.`);
  return hasProseDefect(sentence) ? undefined : { text: sentence };
}

// A question from its first word.
const ASKS =
  /^(?:how|what|when|where|why|which|who|any|do|does|did|is|are|was|were|have|has|can|could|would|will)\b/i;
// What an answer says: a yes or a no, a negation, a number.
const ANSWERED = /\b(?:yes|yeah|no|not|never|none|nothing|denies|n't)\b|n't\b|\d/i;

/**
 * Whether a sentence only asks ("How severe is her pain", "Any trouble sleeping at night"): a
 * question documents nothing (the answer does), so one with no answer in it is left out.
 */
export function asksOnly(spoken: string): boolean {
  // "On a scale of 1 to 10, how bad is the pain": the scale is part of the question.
  const text = spoken.replace(/^on a scale of \S+ to \S+,?\s*/i, '');
  // "Is he taking the 300 or the 100": numbers offered to choose from answer nothing. "If she bends
  // it to 90 degrees, does that hurt": the condition is what the question asks about.
  const asked = conditionAsked(text);
  if (asked === undefined && (!ASKS.test(text) || ANSWERED.test(withoutOfferedNumbers(text)))) return false;
  if (asked !== undefined && (NOT_ASKED.test(text) || /\d/.test(withoutOfferedNumbers(asked)))) return false;
  // A question keeps its "you", or its inverted order reads as broken once put in the third person
  // ("Are he taking ..."): it still only asks.
  const kinds = proseDefects(text);
  return kinds.includes('question') && kinds.every((k) => ASKED_KINDS.has(k));
}

// A question put after its condition ("when he climbs the stairs, does the knee give way"): the
// question, where it begins after the condition; undefined for any other sentence.
const CONDITION = /^(?:if|when|whenever|while|once)\b/i;
const NOT_ASKED = /\b(?:yes|yeah|no|not|never|none|nothing|denies)\b|n't\b/i;
function conditionAsked(text: string): string | undefined {
  if (!CONDITION.test(text)) return undefined;
  const at = innerQuestionStart(text);
  return at === undefined ? undefined : text.slice(at);
}

const ASKED_KINDS = new Set<ProseDefect>(['question', 'second-person', 'garbled']);
