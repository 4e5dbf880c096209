/**
 * An exam act said as a sentence of its own ("Let me look in your eyes.", "Now I'll listen to her
 * chest.") is followed by what it found ("Pupils are equal and reactive."), often with no exam word
 * a classifier knows. The act documents nothing; the sentence after it is the finding, and is
 * documented on the exam as said, with its own words as evidence.
 */
import type { SentenceUnit } from './units.js';

const LEAD = String.raw`(?:(?:so|and|now|okay|ok|alright|all right|next|then|great|good)\s*,?\s+)*`;
const WHO = `(?:let me|let's|let us|i'm going to|i am going to|i'll|i will|i want to|i'd like to|we're going to|we will|we'll|i'm just going to|i'm gonna)`;
const ACT = `(?:take a (?:quick |closer |good |little )?(?:look|listen)(?: at| in| to)?|have a (?:quick |closer |good |little )?(?:look|listen)(?: at| in| to)?|look at|look in|look into|listen to|feel|palpate|check|check out|examine|test|shine (?:a|my|the) light in)`;
// The act, with what it is done to, and nothing found yet: at most eight words after the verb.
const EXAM_ACT_ONLY = new RegExp(
  String.raw`^${LEAD}${WHO}\s+(?:just\s+|quickly\s+|also\s+|go ahead and\s+)?${ACT}\s+(?:[a-z'-]+[\s,]*){1,8}[.!]?$`,
  'i',
);
// A question or a finding already in the act's sentence: nothing left for the next one to state.
const ALREADY_FOUND =
  /\?|\b(?:normal|clear|swollen|tender|red|intact|equal|reactive|soft|regular|murmur|crackles|wheez\w*|good|fine|looks|sounds|feels)\b/i;

/** Whether a clinician's sentence is only an exam act, announcing what is examined next. */
export function isBareExamAct(unit: SentenceUnit): boolean {
  return (
    unit.speaker === 'clinician' && EXAM_ACT_ONLY.test(unit.text.trim()) && !ALREADY_FOUND.test(unit.text)
  );
}

// Words a finding says about what was examined (also normal ones).
const FINDING_WORD =
  /\b(?:normal|clear|equal|reactive|round|symmetric\w*|intact|soft|supple|regular|non-?tender|tender\w*|swollen|swelling|red|redness|erythema\w*|bulging|dull|pink|moist|dry|warm|cool|full|limited|decreased|diminished|brisk|strong|weak\w*|murmur|crackles?|wheez\w*|rales|rhonchi|effusion|bruis\w*|rash|lesions?|mass|masses|nodes?|lymphadenopathy|unremarkable|benign|present|absent|palpable|exudate|injected|inflamed|enlarged|midline|mobile|distended|elevated|flat|pitting)\b/i;

/** Whether the sentence after a bare exam act states what it found. */
export function statesFinding(unit: SentenceUnit): boolean {
  return (
    unit.speaker === 'clinician' &&
    !unit.isQuestion &&
    !/\?/.test(unit.text) &&
    FINDING_WORD.test(unit.text) &&
    !/\b(?:you|your)\s+(?:said|say|told|mentioned|feel|felt|have been|were|are going)\b/i.test(unit.text)
  );
}

const SPEAKER_WORDS = /\b(?:i|i'm|i've|me|my|mine|we|our|you|your)\b/i;

/**
 * The sentence after a bare exam act, when the role model took it for the patient's (with no
 * speaker recorded): a finding stated with no one's "I" or "you" in it is the examiner's. Other
 * sentences, and every recorded speaker, are kept as they were.
 */
export function examinersFinding(unit: SentenceUnit, afterExamAct: boolean): SentenceUnit {
  if (!afterExamAct || unit.speaker !== 'patient' || unit.roleConfidence === undefined) return unit;
  if (SPEAKER_WORDS.test(unit.text)) return unit;
  const asExaminer: SentenceUnit = { ...unit, speaker: 'clinician' };
  return statesFinding(asExaminer) ? asExaminer : unit;
}
