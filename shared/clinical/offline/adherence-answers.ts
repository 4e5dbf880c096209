import type { Evidence } from '../evidence.js';
import { TAKING_QUESTION } from './answers.js';
import { cleanSpeech } from './clean-speech.js';
import type { Pronoun } from './person.js';
import { secondToThird } from './person.js';
import type { Fact } from './types.js';
import type { SentenceUnit } from './units.js';

export const KEPT_ANSWER_REVIEW =
  "The patient's answer is kept in their own words (it is not a plain yes or no): confirm before signing.";

const span = (u: SentenceUnit): Evidence => ({ seq: u.seq, start: u.start, end: u.end });

/** What a question about a medicine in use asks about ("the blood thinner every day"), if it is one. */
export function askedMedicineUse(question: SentenceUnit, pronoun: Pronoun): string | undefined {
  const m = TAKING_QUESTION.exec(cleanSpeech(question.text).replace(/[?.!]+$/, ''));
  if (!m?.[2] || !m[3]) return undefined;
  const verb = m[2].toLowerCase();
  return `${verb} ${secondToThird(` ${m[3]}`, pronoun).trim()}`;
}

// An answer that gives only how the medicine is taken: "Twice a day, like you told me", "Every
// morning", "With breakfast and dinner", "Most days".
const DETAILS =
  /^\s*(?:once|twice|three times|four times|every|each|daily|nightly|most (?:days|nights|mornings)|in the (?:morning|evening)|at (?:night|bedtime)|with (?:breakfast|lunch|dinner|meals|food)|before (?:bed|breakfast|meals))\b/i;

/** True when an answer only says how a medicine is taken (no yes or no to the question). */
export function detailsOnly(text: string): boolean {
  return DETAILS.test(text);
}

/**
 * An answer to "Are you taking X?" that is no bare yes or no ("Twice a day, like you told me",
 * "I haven't missed a dose"): documented as what the patient said about X, quoted and flagged for
 * review, never turned into "Taking X" or "Not taking X" by guessing what the words mean.
 */
export function adherenceReport(
  question: SentenceUnit,
  answer: SentenceUnit,
  pronoun: Pronoun,
): Fact | undefined {
  const use = askedMedicineUse(question, pronoun);
  const said = quotable(answer.text);
  if (!use || !said) return undefined;
  return {
    category: 'medication',
    text: `Asked about ${use}, the patient said: "${said}."`,
    evidence: [span(question), span(answer)],
    review: KEPT_ANSWER_REVIEW,
  };
}

/** The same answer going on in the patient's next sentence: its words join the quote. */
export function withAnswerContinued(fact: Fact, answer: SentenceUnit): Fact {
  const said = quotable(answer.text);
  if (!said) return fact;
  return {
    ...fact,
    text: fact.text.replace(/\."$/, `. ${said.charAt(0).toUpperCase()}${said.slice(1)}."`),
    evidence: [...fact.evidence, span(answer)],
  };
}

// Hesitations that are no part of what the patient said (their other words are quoted as said).
const HESITATION = /\b(?:um+|uh+|erm|hmm+|mm-?hmm)\b[,.]?\s*/gi;

function quotable(text: string): string {
  return text
    .replace(HESITATION, '')
    .replace(/\s+([,.?!])/g, '$1')
    .replace(/["“”]/g, '')
    .replace(/[.!?\s]+$/, '')
    .trim();
}
