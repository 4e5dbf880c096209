/**
 * A decimal with no whole part as speech recognition writes "point five centimetres": ". 5 cm",
 * ".5 cm" or "0. 5 cm". Read as a full stop it splits the sentence and leaves "5 cm" — ten times the
 * size said. A point counts as a decimal only where a unit follows its digits and what stands before
 * it cannot end a sentence (a zero, or a word such as "a", "about", "measuring"); anywhere else the
 * stop stays a stop, since reading a real sentence end as "0.5" would be the same error the other way.
 */
const UNIT = String.raw`(?:centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|milligrams?|mg|micrograms?|mcg|grams?|kilograms?|kg|millilit(?:er|re)s?|ml|lit(?:er|re)s?|inch(?:es)?|units?|percent|degrees?|cc)\b`;

// Words a sentence does not end with, said before a size or dose.
const LEAD =
  '(?:a|an|about|approximately|approx|roughly|around|measuring|measures|of|just|only|nearly|almost|than|by|to|from|at|like)';

// The digits after the point, as digits or one digit's word ("a . five centimeter stone").
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DIGITS = String.raw`(\d+|(?:${DIGIT_WORDS.join('|')})\b)`;
const asDigits = (said: string): string => {
  const k = DIGIT_WORDS.indexOf(said.toLowerCase());
  return k < 0 ? said : String(k);
};

const DIGITS_AND_UNIT_AFTER = new RegExp(String.raw`^\s*${DIGITS}\s+${UNIT}|^\s*\d+${UNIT}`, 'i');
const LEAD_BEFORE = new RegExp(String.raw`(?:^|\s)${LEAD}\s*$`, 'i');
const ZERO_BEFORE = /(?:^|\s)0\s*$/;

/** Whether the "." at `index` of `text` is a spoken decimal point, not the end of a sentence. */
export function isSpokenDecimalPoint(text: string, index: number): boolean {
  if (text[index] !== '.') return false;
  if (!DIGITS_AND_UNIT_AFTER.test(text.slice(index + 1, index + 24))) return false;
  const before = text.slice(Math.max(0, index - 24), index);
  return ZERO_BEFORE.test(before) || LEAD_BEFORE.test(before);
}

const ZERO_POINT = new RegExp(String.raw`(^|\s)0\s*\.\s*${DIGITS}(?=\s*${UNIT})`, 'gi');
const BARE_POINT = new RegExp(String.raw`(^|\s)(${LEAD})\s*\.\s*${DIGITS}(?=\s*${UNIT})`, 'gi');

/** The text with each spoken decimal point written as a decimal: "a . 5 cm stone" → "a 0.5 cm stone". */
export function withSpokenDecimals(text: string): string {
  if (!text.includes('.')) return text;
  return text
    .replace(ZERO_POINT, (_m, open: string, digits: string) => `${open}0.${asDigits(digits)}`)
    .replace(
      BARE_POINT,
      (_m, open: string, lead: string, digits: string) => `${open}${lead} 0.${asDigits(digits)}`,
    );
}
