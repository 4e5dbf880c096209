import { withoutRepeats } from '../quality/repeats.js';
import { isNumberWord } from './numbers.js';

/**
 * A heading's words as a note writes them. A problem heading or a reason for the visit is cut out of
 * what was said, so it can carry what the speaker said around it: a discourse word in front ("so
 * congestive heart failure", "like kidney disease"), a filler or a word said twice inside ("abnormal
 * abnormal lab finding", "the index um finger"), a word cut off ("your- leg"), and a joining word or
 * a question's tail after it ("reflux and", "hurt a lot were you"). Those go; the words that name
 * the problem stay in the order said.
 */
const LEADING = /^(?:(?:so|and|but|or|like|um+|uh+|okay|ok|well|now|then|also|just|yeah)\b[,\s]*)+/i;
const FILLER = /\b(?:um+|uh+|uhm|hmm+|okay|ok|yeah)\b,?\s*/gi;
const CUT_OFF = /\b[a-z]+-(?=\s|$)\s*/gi;
// Words a heading never ends on: a joining word, an article or possessive, a preposition, a
// question's tail ("were you"), a time word said after the reason ("today").
const TRAILING =
  /(?:(?:^|[\s,]+)(?:and(?: then)?|or|but|so|then|of|with|for|to|in|on|the|a|an|his|her|their|your|my|is|was|are|were|that|this|you|today|now|here))+\s*$/i;

// A word or a phrase said twice ("right knee pain right knee pain"); number words stay (a figure).
function withoutRepeatedWords(text: string): string {
  return withoutRepeats(
    text.replace(/\b([a-z']+)(?:\s+\1\b)+/gi, (m, w: string) => (isNumberWord(w.toLowerCase()) ? m : w)),
  );
}

/** The heading or reason without the talk around it; empty when nothing but that talk was said. */
export function tidyHeadingWords(phrase: string): string {
  const tidy = withoutRepeatedWords(phrase.replace(FILLER, '').replace(CUT_OFF, ''))
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .trim();
  return tidy === phrase
    ? phrase
    : /^[A-Z]/.test(phrase)
      ? `${tidy.charAt(0).toUpperCase()}${tidy.slice(1)}`
      : tidy;
}
