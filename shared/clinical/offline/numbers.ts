import { replacingInTurn } from './rule-gate.js';
import { withSpokenYearsAndAges } from './spoken-years.js';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// "one" is also a pronoun ("this one", "no one"): only read it as a number before a unit-like word.
const COUNTABLE = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years time times tablet tablets pill pills puff puffs dose doses milligram milligrams mg gram grams unit units cc ml liter liters pound pounds kilogram kilograms percent plus out over point episode episodes night nights drink drinks pack packs cigarette cigarettes centimeter centimeters millimeter millimeters inch inches foot feet degree degrees cup cups glass glasses beer beers mile miles block blocks flight flights step steps meal meals shot shots cm mm'.split(
    ' ',
  ),
);

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/\bmilligrams?\b/g, 'mg'],
  [/\bmicrograms?\b/g, 'mcg'],
  [/\bkilograms?\b/g, 'kg'],
  [/\bmilliliters?\b/g, 'mL'],
  [/\bmillimeters? of mercury\b/g, 'mmHg'],
  [/\bcentimeters?\b/g, 'cm'],
  [/\bmillimeters?\b/g, 'mm'],
  [/(\d)\s*percent\b/g, '$1%'],
  [/(\d) %/g, '$1%'],
];

// Own keys only: `in` also finds Object.prototype's ("constructor" was read as a number).
const isIn = (table: Record<string, number>, w: string): boolean => Object.hasOwn(table, w);

/** Whether a lower-case word is a number word ("fifty", "hundred"). */
export function isNumberWord(w: string): boolean {
  return isIn(UNITS, w) || isIn(TEENS, w) || isIn(TENS, w) || w === 'hundred' || w === 'thousand';
}

/** Every number word as a regular-expression alternation (no group, no anchors). */
export const NUMBER_WORD_ALTERNATION = [
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  'hundred',
  'thousand',
].join('|');

// Every word parseNumberAt reads as a number starts with one of these (a cheap first test: most
// words of a sentence are no number).
const NUMBER_WORD_START = new RegExp(`^(?:${NUMBER_WORD_ALTERNATION})`, 'i');
const NUMBER_WORD_AFTER_SPACE = new RegExp(`(?:^|\\s)${NUMBER_WORD_START.source.slice(1)}`, 'i');

// Each unit only looked for in a sentence that could say it (rule-gate.ts).
const UNIT_WORDS_IN_TURN = replacingInTurn(UNIT_WORDS);

// A thousands comma ("1,200"), only looked for in a sentence with a comma (rule-gate.ts).
const THOUSANDS_IN_TURN = replacingInTurn([[/\b(\d{1,3}),(\d{3})\b/g, '$1$2']]);

// A ratio ("3 out of 6", "120 over 80"), then a decimal said with its point ("2 point 5"), or with no
// whole part ("Point five centimetres" opening a sentence, "(point five cm)"): 0.5, never a bare 5.
// Each only looked for in a sentence with its words.
const RATIOS_AND_POINTS_IN_TURN = replacingInTurn([
  [/\b(\d+(?:\.\d+)?) (?:over|out of) (\d+(?:\.\d+)?)\b/g, '$1/$2'],
  [/\b(\d+) point (\d+)\b/gi, '$1.$2'],
  [/(^|[\s(["'“])point[- ](\d+)\b/gi, '$10.$2'],
]);

/**
 * Rewrite spoken numbers as digits ("three days" → "3 days", "one twenty over eighty" → "120/80",
 * "grade three out of six" → "grade 3/6", "ninety eight point six" → "98.6") and spell units the way
 * notes do ("milligrams" → "mg").
 */
export function normalizeNumbers(text: string): string {
  const read = withHundredsReadAsOh(withSpokenA1c(text));
  // Most sentences say no number word: nothing to parse then.
  let result = NUMBER_WORD_AFTER_SPACE.test(read) ? numberWordsAsDigits(withSpokenYearsAndAges(read)) : read;
  result = THOUSANDS_IN_TURN(result);
  result = UNIT_WORDS_IN_TURN(result);
  return RATIOS_AND_POINTS_IN_TURN(result);
}

// A three-figure number read with "oh" for its zero ("a fever of one oh two", "one o one point five",
// "room 2 oh 4"): the hundreds digit, the zero and the units digit, never three numbers.
const DIGIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const HUNDREDS_OH = new RegExp(String.raw`\b(${DIGIT_WORD}|[1-9]) (?:oh|o) (${DIGIT_WORD}|[1-9])\b`, 'gi');
const digitOf = (w: string) => (/\d/.test(w) ? Number(w) : (UNITS[w.toLowerCase()] ?? 0));
function withHundredsReadAsOh(text: string): string {
  if (!/\b(?:oh|o)\b/i.test(text)) return text;
  return text.replace(HUNDREDS_OH, (_, hundreds: string, units: string) =>
    String(digitOf(hundreds) * 100 + digitOf(units)),
  );
}

// The haemoglobin A1c as speech recognition writes it, letter and figure apart ("her a one c was
// 8.4", "an a 1 c"): read as words, "one" is dropped or the "a" taken for an article.
const SPOKEN_A1C = /\ba[\s-]?(?:one|1)[\s-]?c\b/gi;
function withSpokenA1c(text: string): string {
  return /\bc\b/i.test(text) ? text.replace(SPOKEN_A1C, 'A1c') : text;
}

function numberWordsAsDigits(text: string): string {
  const parts = text.split(/(\s+)/);
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const parsed = parseNumberAt(parts, i);
    if (parsed) {
      out.push(parsed.text);
      i = parsed.next;
      continue;
    }
    out.push(parts[i] ?? '');
    i++;
  }
  return out.join('');
}

/** Parse the number words starting at parts[i] (words at even indices, spaces between). */
function parseNumberAt(parts: string[], i: number): { text: string; next: number } | undefined {
  const raw = parts[i] ?? '';
  if (!NUMBER_WORD_START.test(raw)) return undefined;
  const lowerAt = (k: number): string => (parts[k] ?? '').toLowerCase().replace(/[^a-z-]/g, '');
  const first = lowerAt(i);
  // Keep trailing punctuation ("three," ) outside the number.
  if (!isNumberWord(first.split('-')[0] ?? '') || /[^a-z-]/i.test(raw.replace(/[,.;:?!]$/, '')))
    return undefined;
  const seq: string[] = [];
  let k = i;
  while (k < parts.length) {
    const w = lowerAt(k);
    const pieces = w.split('-');
    if (!pieces.every(isNumberWord) && w !== 'and') break;
    if (w === 'and' && !(seq.at(-1) === 'hundred' && isNumberWord(lowerAt(k + 2)))) break;
    seq.push(...pieces);
    const ownPunct = /[,.;:?!]$/.test(parts[k] ?? '');
    k += 2;
    if (ownPunct) break;
  }
  const words = seq.filter((w) => w !== 'and');
  if (words.length === 1 && (words[0] === 'one' || words[0] === 'zero')) {
    const nextWord = lowerAt(k);
    if (!COUNTABLE.has(nextWord)) return undefined;
  }
  const value = wordsToValue(words);
  // An ambiguous run ("two fifty fifty one puff": 250/50 and one puff, or 250 and 51?) stays as said,
  // whole: reading a number from its tail would write a dose nobody said ("51 puff").
  if (value === undefined)
    return words.length > 1 ? { text: parts.slice(i, k - 1).join(''), next: k - 1 } : undefined;
  const trailing = /[,.;:?!]$/.exec(parts[k - 2] ?? '')?.[0] ?? '';
  return { text: `${value}${trailing}`, next: k - 1 };
}

/** Value of a run of number words, including colloquial "one twenty" = 120; undefined when ambiguous. */
export function wordsToValue(words: string[]): number | undefined {
  if (words.length === 0) return undefined;
  // Colloquial pairs: "one twenty" (120), "one forty five" (145), "ninety eight" (98).
  const groups: number[] = [];
  let current = 0;
  let total = 0;
  let lastKind: 'unit' | 'teen' | 'ten' | 'hundred' | undefined;
  for (const w of words) {
    if (isIn(UNITS, w)) {
      if (lastKind === 'unit' || lastKind === 'teen') {
        groups.push(total + current);
        total = 0;
        current = 0;
      }
      current += UNITS[w] ?? 0;
      lastKind = 'unit';
    } else if (isIn(TEENS, w) || isIn(TENS, w)) {
      if (lastKind === 'unit' && current < 10 && total === 0) {
        // "one twenty": a hundreds digit spoken alone
        current = current * 100;
      } else if (lastKind === 'ten' || lastKind === 'teen') {
        groups.push(total + current);
        total = 0;
        current = 0;
      }
      current += TEENS[w] ?? TENS[w] ?? 0;
      lastKind = isIn(TEENS, w) ? 'teen' : 'ten';
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      lastKind = 'hundred';
    } else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      lastKind = 'hundred';
    }
  }
  groups.push(total + current);
  // Several separate numbers in a row ("two three") are ambiguous: keep only unambiguous runs.
  return groups.length === 1 ? groups[0] : undefined;
}
