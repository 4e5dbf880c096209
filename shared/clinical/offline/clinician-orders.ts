import type { FactCategory } from '../template.js';
import { contentWords } from './classify.js';
import { INSTRUCTION } from './rewrite.js';

// What a clinician orders, prescribes or changes in the patient's care.
const CARE_VERB =
  'order|send in|send off|send you|send her|send him|send them|prescribe|refer|start|restart|increase|decrease|keep|continue|stop|switch|change|add|bump|lower|raise|hold|repeat|recheck|schedule|arrange|adjust|draw|give|put|book|set (?:you|her|him|them) up|titrate|taper|wean|discontinue|resume|double|halve|cut';
const OPENER = '^(?:(?:so|okay|ok|and|then|now|alright|all right|well|good|great)[,]?\\s+)*';

/**
 * The clinician's first-person plan or order: "I'll order an echocardiogram", "I'll send in
 * nitrofurantoin", "let's keep the amlodipine at five", "we'll increase it to 100", "I want her to
 * start a daily controller inhaler". A patient's first person is about themselves ("I'll keep an eye
 * on it", "I'll start walking", "I want to try something natural"), so the verb must act on the
 * care and, after "I'll", not on the speaker's own habits.
 */
const FIRST_PERSON_ORDER = new RegExp(
  [
    `${OPENER}(?:let's|let us)\\s+(?:go ahead and\\s+)?(?:${CARE_VERB}|get (?:an?|some|the|a repeat|her|him|you|them)\\b|try (?:an?|the|her|him|you|them)\\b|plan (?:on|for|to))\\b`,
    `${OPENER}(?:i(?:'ll| will|'m going to| am going to|'m gonna)|we(?:'ll| will|'re going to| are going to| can| could| should))\\s+(?:go ahead and\\s+|also\\s+)?(?:order|send in|send off|send (?:a |an |the )?(?:prescription|referral|script|order)|prescribe|refer|increase (?:the|your|her|his|it|that)|decrease (?:the|your|her|his|it|that)|start (?:you|her|him|them)|restart (?:the|your|her|his)|switch (?:you|her|him|them|the|your)|put (?:you|her|him|them) on|give (?:you|her|him|them) (?:a|an|some|the)|schedule (?:you|her|him|them)|repeat (?:the|your|her|his)|(?:check|get|draw) (?:an?|some|the|your|her|his|their)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:panel|labs?|levels?|x-?rays?|blood work|bloodwork|urine|a1c|ekg|ecg|culture|tests?|ultrasound|echo\\w*|mri|scan))\\b`,
    `${OPENER}i(?:'d| would)?\\s+(?:want|like|need)\\s+(?:her|him|them)\\s+to\\s+(?:start|take|use|try|continue|stop|keep|get|come|see|have|do|go|wear|avoid|finish)\\b`,
  ].join('|'),
  'i',
);

// An instruction addressed to the patient: a verb of self-care with the patient's own things or a
// schedule ("Check your feet every day", "Monitor your blood pressure at home", "Bring your log"),
// or to a parent about a child's medicine ("Give her two puffs twice a day").
const SELF_CARE_INSTRUCTION =
  /^(?:(?:so|okay|ok|and|then|now|also|please)[,]?\s+)*(?:check|monitor|measure|record|log|track|write down|bring|keep track of|keep a (?:log|diary|record) of|make sure (?:to|you)|remember to|try to|don't forget to|do not forget to)\s+(?:your|yourself|their|his|her|it|them|the|a|an|to|what|how|every|each|daily|twice)\b|^(?:(?:so|okay|ok|and|then|now|also|please)[,]?\s+)*give (?:her|him|them) (?:\w+ )?(?:puffs?|doses?|tablets?|pills?|capsules?|drops?|teaspoons?|\d+|one|two|three|the|some|a dose)\b/i;

// Taking a breath or a look is the exam, not an order ("take a deep breath", "keep looking up").
const EXAM_INSTRUCTION =
  /^(?:(?:so|okay|ok|and|then|now|please)[,]?\s+)*(?:take (?:a|some|a couple of|another) (?:deep |big |slow )?breaths?|keep (?:looking|breathing|your (?:eyes|head|arm|leg))|hold (?:your breath|still|it there)|follow my finger|look (?:up|down|left|right|at me|straight))\b/i;

// Seeing the patient again: "Let's see you back in six weeks", "Come back in a month".
const FOLLOW_UP =
  /\b(?:come back|come in again|return|follow up|check in|see (?:you|her|him|them)(?: back| again)?)\b.*?\b(?:in|after)\s+((?:a|an|one|two|three|four|five|six|eight|ten|twelve|a few|a couple(?: of)?|\d+)\s+(?:days?|weeks?|months?|years?))\b/i;

/** True when an unlabelled sentence is worded as the clinician's order or plan. */
export function isClinicianOrder(text: string): boolean {
  return FIRST_PERSON_ORDER.test(text) || (SELF_CARE_INSTRUCTION.test(text) && !/\bmy\b/i.test(text));
}

/**
 * The Plan section a clinician's own order, plan or instruction to the patient belongs in, whatever
 * was being dictated when it was said ("Check your feet every day" after the blood pressure reading
 * is no finding): 'follow-up' for seeing the patient again, else 'plan'; undefined for anything else.
 */
export function orderCategory(text: string): FactCategory | undefined {
  if (EXAM_INSTRUCTION.test(text)) return undefined;
  const ordered = isClinicianOrder(text) || INSTRUCTION.test(text);
  if (!ordered && !/^(?:(?:so|okay|and|then|now)[,]?\s+)*(?:let's|let us|we'll|we will)\s+see\b/i.test(text))
    return undefined;
  // Only a sentence that says nothing but when to come back is the follow-up ("continue the
  // sertraline and follow up in four weeks" is an order first).
  const follow = FOLLOW_UP.exec(text);
  if (follow && contentWords(text.replace(follow[0], ' ')).length < 2) return 'follow-up';
  return ordered ? 'plan' : undefined;
}

/**
 * An instruction the rewrite left as said ("Check their feet every day.") in the documentation voice:
 * "Advised to check their feet every day." Any other text is returned as it is.
 */
export function asAdvice(text: string): string {
  if (!SELF_CARE_INSTRUCTION.test(text)) return text;
  const said = text.replace(/^(?:(?:so|okay|ok|and|then|now|also|please)[,]?\s+)*/i, '');
  return `Advised to ${said.charAt(0).toLowerCase()}${said.slice(1)}`;
}

/** "Let's see you back in 6 weeks" as the note says it: "Follow-up in 6 weeks." */
export function followUpInterval(text: string): string | undefined {
  const interval = FOLLOW_UP.exec(text)?.[1];
  // "A month" stays in words: a figure the transcript never said would be a number made up.
  return interval ? `Follow-up in ${interval.toLowerCase()}.` : undefined;
}
