import { proseDefects } from '../quality/prose-defects.js';
import { wordCount } from './tokens.js';

/**
 * A statement with the clinician's next question run on after it, as speech recognition writes a
 * turn without punctuation ("the rash spread to both arms are there any other symptoms", "the pain
 * started this morning how bad is it not that bad", "it is worse when he coughs is this the first
 * time"). The question openers the prose checker reads as a question (an inverted "are there any",
 * "is this", "how bad is") but that its inner-question rule (run-on.ts' withoutTrailingQuestion)
 * does not look for. The statement is kept when it reads as documentation on its own and the words
 * from the question on hold no figure (an answer with a number is documented with its question).
 */
const QUESTION_OPENER =
  /\s(?:(?:are|is|were|was|has|have) there (?:been )?(?:any|anything|anyone)\b|(?:is|was) (?:this|that) (?:the|their|his|her|a|an|your|something|new)\b|how (?:bad|long|severe|often|much|many|old|far) (?:is|are|was|were|do|does|did|has|have|would|will)\b|(?:do|does|did|are|were|have|has) (?:the patient|you)\b(?! (?:not|never)\b)|(?:what|how) (?:is|are|was|were|do|does|did|have|has) (?:their|the patient's|your)\b)/i;

// Words the statement must not end on: the question's subject was cut off from it.
const OPEN_END = /\b(?:and|or|but|so|of|to|for|with|the|a|an|that|which|when|if|is|was|are|were)$/i;
const MIN_WORDS = 4;

/** The statement before an unpunctuated trailing question, or undefined. */
export function withoutUnmarkedTrailingQuestion(text: string): string | undefined {
  const m = QUESTION_OPENER.exec(text);
  if (!m || /\d/.test(text.slice(m.index))) return undefined;
  const statement = text
    .slice(0, m.index)
    .replace(/[\s,;]+(?:and|so|now|but|okay|then)?[\s,;]*$/i, '')
    .trim();
  if (wordCount(statement) < MIN_WORDS || OPEN_END.test(statement)) return undefined;
  const sentence = `${statement.charAt(0).toUpperCase()}${statement.slice(1)}.`;
  return proseDefects(sentence).length === 0 ? sentence : undefined;
}

// The clinician asking for a rating ("how would she rate her pain", "what was his pain out of 10").
const RATING_ASK =
  /\b(?:how (?:would|do|does|did|will|can) (?:the patient|he|she|they|you) rate|(?:can|could) (?:the patient|he|she|they|you) rate|what (?:is|was|would be) (?:their|his|her|the patient's|your) (?:pain|stress|anxiety)(?: level| score)?(?: out of| on)\b)/i;
// The scale offered with the question ("with 10 being the worst pain imaginable", "0 being none",
// "on a scale from 0 to 10", "out of 10"): its numbers answer nothing.
const SCALE_OFFERED =
  /(?:^(?:with )?being\b[^,]*?(?=,|\s(?:and|how|what|can|could)\b|$)|\b(?:\d+|zero|one|ten) being\b[^,]*?(?=,|\s(?:and|how|what|can|could)\b|$)|on a scale (?:of|from) \S+ to \S+|from \S+ to 10\b|out of 10\b)/gi;

// Words that only join the parts of a scale ("with 0 being none and 10 being the worst how").
const SCALE_GLUE = new Set(['with', 'and', 'how', 'what', 'so', 'okay']);

/**
 * Whether a sentence only asks for a rating (or only offers the scale) on a scale, said without its question mark ("with 10 being
 * the worst pain imaginable how would the patient rate their pain today out of 10"): the numbers are
 * the scale's and the answer is documented on its own. False when another figure is said with it
 * (the answer, "... rate it, about a 6").
 */
export function asksForRating(text: string): boolean {
  const left = text.replace(SCALE_OFFERED, '');
  if (left === text) return false;
  // The scale alone, cut off from its question ("With zero being none 10 being the worst.").
  const words = left.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  if (words.filter((w) => !SCALE_GLUE.has(w)).length === 0) return true;
  return RATING_ASK.test(text) && !/\d/.test(left);
}
