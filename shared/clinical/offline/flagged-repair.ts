import {
  hasProseDefect,
  hasProseDefectOf,
  type ProseDefect,
  proseDefects,
} from '../quality/prose-defects.js';
import { withoutRepeats } from '../quality/repeats.js';
import type { FactCategory } from '../template.js';
import { isNumberWord } from './numbers.js';
import { firstToThird, type Pronoun } from './person.js';
import { withoutSpokenTail } from './spoken-tails.js';

/**
 * The last chance for a drafted sentence the checker still finds worded as conversation, before it is
 * flagged for review: general repairs that change how it is said, never what it says, kept only when
 * the result reads cleanly and keeps every figure.
 * - a word or phrase said twice in a row, said once ("both of those are not are not good");
 * - an interjection or acknowledgement opening or closing it ("Hm, ...", "... by the way", "... hey"),
 *   and a reason opening it on "because of" before its main clause, written "Due to";
 * - the first person left in a sentence filed as the patient's history ("I do have asthma" under
 *   History is the patient's account, whichever speaker the role model gave it), in the third person.
 */

// Subjective sections: a first person left there is the patient's own account.
const PATIENT_SECTIONS = new Set<FactCategory>([
  'hpi',
  'symptom',
  'history',
  'medication',
  'allergy',
  'social',
  'family',
  'ros',
]);

// An interjection or an acknowledgement before the statement ("Hm", "Oh", "Ha so", "Sadly yes",
// "Excellent"): not "no", which may be the finding ("No pain ...").
const LEADING_INTERJECTION =
  /^(?:(?:oh|ah|ha|hm+|mm+|um+|uh+|well|okay|ok|alright|all right|excellent|great|perfect|wonderful|sadly|yes|yeah|yep|so|and|now)\b[,.!\s]*)+(?=[a-z0-9])/i;
// An acknowledgement or an aside closing it ("..., by the way", "... hey", "... correct", "... yes").
const TRAILING_ASIDE =
  /(?:[,\s]+(?:by the way|hey|correct|yes|yeah|okay|ok|oh|thanks|thank you|sir|ma'am))+\s*([.!?]?)\s*$/i;

// Figures and number words, in order: a repair never changes what was counted or measured.
const figures = (s: string) =>
  (s.toLowerCase().match(/\d+(?:[.,/:]\d+)*|[a-z]+/g) ?? [])
    .filter((w) => /\d/.test(w) || isNumberWord(w))
    .join(' ');

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function tidy(s: string): string {
  const t = s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .trim();
  if (!t) return t;
  return capitalised(/[.!?]$/.test(t) ? t : `${t}.`);
}

// A reason opening the sentence before its main clause ("Because of the cough the patient could not
// sleep"): written "Due to"; a reason standing alone stays as it is (it is no sentence).
const REASON_FIRST =
  /^because of ((?:(?!(?:and|or|but|so|the patient|he|she|they|i|we)\b)[\w'-]+\s+){1,5}?)(?=(?:the patient|he|she|they)\s+\w+)/i;

function withoutInterjections(text: string): string {
  const spoken = withoutSpokenTail(text);
  return tidy(
    spoken.replace(LEADING_INTERJECTION, '').replace(TRAILING_ASIDE, '$1').replace(REASON_FIRST, 'Due to $1'),
  );
}

// The patient named in the third person already: a first person beside it is someone else's (the
// clinician reading the chart, a parent), not the patient's account.
const PATIENT_NAMED = /\b(?:the patient|he|she|him|her|his|hers|they|them|their)\b/i;
// The clinician's own first person: their patients, their reasoning, their asking, their reading.
const CLINICIANS_I =
  /\b(?:my (?:patients?|nurse|office|clinic|colleagues?|chart|notes?|letter|staff)|i (?:think|believe|suspect|guess|must|would|need to|want to|am not (?:as |that )?familiar|am ready|see|read|can see|wonder)\b)/i;

function patientsOwnAccount(text: string, category: FactCategory, pronoun: Pronoun): string {
  if (!PATIENT_SECTIONS.has(category) || PATIENT_NAMED.test(text) || CLINICIANS_I.test(text)) return text;
  return tidy(firstToThird(text, pronoun));
}

// Each repair with the only kind of defect it mends.
const REPAIRS: ReadonlyArray<
  [ProseDefect, (text: string, category: FactCategory, pronoun: Pronoun) => string]
> = [
  ['repetition', (t) => tidy(withoutRepeats(t))],
  ['filler', withoutInterjections],
  ['first-person', patientsOwnAccount],
];
const MENDED = new Set(REPAIRS.map(([kind]) => kind));

/**
 * The flagged sentence repaired so that it reads as documentation, or undefined when no general repair
 * does (it stays flagged for review): only a sentence whose every defect is of a kind a repair mends,
 * each repair run for a defect found. `category` is where it was filed; `pronoun` the patient's.
 */
export function repairedFlaggedSentence(
  text: string,
  category: FactCategory,
  pronoun: Pronoun,
): string | undefined {
  const defects = proseDefects(text);
  if (defects.length === 0 || defects.some((kind) => !MENDED.has(kind))) return undefined;
  let s = text;
  for (const [kind, repair] of REPAIRS) if (hasProseDefectOf(s, kind)) s = repair(s, category, pronoun);
  // An aside said at its end goes too, once the sentence is being reworded ("..., by the way").
  if (s !== text) s = withoutInterjections(s);
  const reads = s !== text && figures(s) === figures(text) && /[a-z]{3}/i.test(s) && !hasProseDefect(s);
  return reads ? s : undefined;
}
