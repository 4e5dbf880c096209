import { cleanSpeech } from './clean-speech.js';
import { words } from './tokens.js';

// A negation that governs a verb of its own: "I haven't missed a dose", "never miss it", "I don't
// skip it". After an optional leading "no", the negated verb is the word after the negator.
const NEGATED_VERB =
  /^(?:(?:no|nope|nah)\s*[,.;!]?\s+)?(?:i|we|he|she|they)?\s*(?:have not|haven't|have n't|do not|don't|do n't|did not|didn't|did n't|never|have never|'ve never|ve never|not once)\s+(?:(?:really|ever|once|even|actually|yet)\s+)*([a-z]+)/;

// Verbs that only hedge or restate the bare "no" ("I don't think so", "I haven't noticed",
// "I haven't had any", "I don't have that"): the answer still denies what was asked.
const HEDGE = new Set([
  'think',
  'believe',
  'notice',
  'noticed',
  'know',
  'remember',
  'recall',
  'had',
  'have',
  'has',
  'get',
  'gotten',
  'got',
  'feel',
  'felt',
  'seen',
  'see',
  'been',
  'experienced',
  'experience',
  'any',
  'anything',
  'much',
  'so',
  'that',
  'it',
  'really',
]);

// The stem a word shares with its other forms ("missed"/"missing"/"miss", "take"/"taking").
const stem = (w: string): string =>
  w
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/e$/, '')
    .slice(0, 5);

/**
 * True when a patient's answer negates something other than what the question asked: "Are you taking
 * the blood thinner every day?" "I haven't missed a dose." is a yes told as a "no" to another verb.
 * Read as a bare "no" it would document the opposite ("Not taking the blood thinner"), so such an
 * answer is never a yes/no answer to the question: it is kept in the patient's own words.
 */
export function negatesSomethingElse(question: string, answer: string): boolean {
  const said = cleanSpeech(answer)
    .toLowerCase()
    .replace(/\s+([,.?!])/g, '$1')
    .trim();
  const verb = NEGATED_VERB.exec(said)?.[1];
  if (!verb || HEDGE.has(verb)) return false;
  const asked = new Set(words(cleanSpeech(question).toLowerCase()).map(stem));
  return !asked.has(stem(verb));
}
