import { wordsToValue } from './numbers.js';

/**
 * Years and ages as speech recognition writes them, which the general number reader (numbers.ts)
 * leaves apart: a year said in two pairs ("in twenty nineteen", "march of nineteen ninety eight",
 * "since twenty twenty one") is one year (2019, 1998, 2021), and an age whose last word carries the
 * hyphens ("a forty two-year-old") is one age ("a forty two year-old", read as 42 and joined again).
 * Only a pair said where a year goes (after a month, a season or a word that dates) is read as a
 * year: "twenty twenty vision" or "twenty fifteen-minute walks" stay as said.
 */
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TEN = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONE = 'one|two|three|four|five|six|seven|eight|nine';

// Words after which a pair of numbers dates something.
const DATING =
  'in|since|of|from|until|till|by|during|before|after|around|early|late|mid|year|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|christmas';

// "in twenty nineteen", "october of twenty twenty one", "since nineteen ninety".
const YEAR = new RegExp(
  String.raw`\b(${DATING})\s+(nineteen|twenty)\s+(${TEEN}|(?:${TEN})(?:[\s-](?:${ONE}))?)\b(?![\s-]+(?:${ONE}|${TEN}|${TEEN}|hundred|thousand|percent|mg|milligrams?|minutes?|hours?|days?|weeks?|months?|years?|times|pounds?|over|out|to|or)\b)`,
  'gi',
);

// "a thirty six-year-old", "a forty two-month-old": the tens word, then the ones word hyphened on.
const AGE = new RegExp(String.raw`\b(${TEN})\s+(${ONE})-(year|month|week|day)-old\b`, 'gi');

// Read at call time: numbers.ts imports this file to read years before other number words.
const value = (pair: string) => wordsToValue(pair.toLowerCase().split(/[\s-]+/)) ?? 0;

/** The text with years said in pairs written as years, and ages split by a hyphen made whole. */
export function withSpokenYearsAndAges(text: string): string {
  if (!/(?:nineteen|twenty)\s|-old\b/i.test(text)) return text;
  return text
    .replace(YEAR, (_m, dating: string, century: string, rest: string) => {
      const year = (century.toLowerCase() === 'nineteen' ? 1900 : 2000) + value(rest);
      return `${dating} ${year}`;
    })
    .replace(
      AGE,
      (_m, tens: string, ones: string, unit: string) => `${value(`${tens} ${ones}`)}-${unit}-old`,
    );
}
