import { allMatches } from '../offline/all-matches.js';
import { isNumberWord } from '../offline/numbers.js';

/** A word of running text with where it starts and ends. */
interface Word {
  lower: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z0-9'-]+/g;

function wordsOf(text: string): Word[] {
  return allMatches(WORD, text).map((m) => ({
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

// Single words said twice that are grammar or a count, not a stutter ("had had", "that that", "10 10").
const GRAMMATICAL_REPEAT = new Set(['had', 'that', 'is', 'do', 'very', 'bye', 'no']);
const PLAIN = /^[a-z']+$/;
const numberWord = (w: Word | undefined) => w !== undefined && isNumberWord(w.lower);

/**
 * A number said twice inside a longer run of number words is part of it, not a stutter: "two fifty
 * fifty one puff" is 250/50 and one puff, and dropping one "fifty" would write a dose nobody said (251).
 */
function inNumberRun(words: readonly Word[], i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (!numberWord(words[k])) return false;
  return numberWord(words[i - 1]) || numberWord(words[i + 2 * n]);
}

/** Where `n` words from word `i` are said again at once ("there is no, there is no"), else -1. */
function repeatAt(words: readonly Word[], i: number, n: number, text: string): number {
  for (let k = 0; k < n; k++) {
    const a = words[i + k];
    const b = words[i + n + k];
    if (!a || !b || a.lower !== b.lower || !PLAIN.test(a.lower)) return -1;
  }
  if (n === 1 && (GRAMMATICAL_REPEAT.has(words[i]?.lower ?? '') || (words[i]?.lower.length ?? 0) < 2))
    return -1;
  if (inNumberRun(words, i, n)) return -1;
  // Only commas and spaces between the two sayings.
  const gap = text.slice(words[i + n - 1]?.end ?? 0, words[i + n]?.start ?? 0);
  if (!/^[\s,]*$/.test(gap)) return -1;
  // A hyphenated word is one word ("multi-vitamin, vitamin" is no repeat).
  return /-/.test(words[i]?.lower ?? '') ? -1 : (words[i + n]?.start ?? -1);
}

/** Whether a phrase of up to five words is said twice in a row ("we will we will"). */
export function hasRepeat(text: string): boolean {
  // Words between spaces and commas: the only gaps a repeat may have.
  const w = text.toLowerCase().split(/[\s,]+/);
  for (let i = 0; i < w.length; i++) {
    for (let n = 1; n <= 5 && i + 2 * n <= w.length; n++) {
      if (w[i] !== w[i + n]) continue;
      let same = true;
      for (let k = 1; k < n && same; k++) same = w[i + k] === w[i + n + k];
      if (!same) continue;
      const first = w[i] ?? '';
      if (n === 1 && (GRAMMATICAL_REPEAT.has(first) || first.length < 2)) continue;
      if (w.slice(i, i + n).every((x) => PLAIN.test(x))) return true;
    }
  }
  return false;
}

/**
 * Whether some phrase could be said twice in a row: the first two words of a repeat of two to five
 * words come again at once, and a one-word repeat is a plain, non-grammatical word said again. A
 * necessary condition of repeatAt, checked on the bare words (most sentences have no repeat).
 */
function mayRepeat(text: string): boolean {
  const w = (text.match(WORD) ?? []).map((x) => x.toLowerCase());
  for (let i = 0; i + 1 < w.length; i++) {
    const first = w[i] ?? '';
    if (first === w[i + 1] && first.length >= 2 && !GRAMMATICAL_REPEAT.has(first) && PLAIN.test(first))
      return true;
    for (let n = 2; n <= 5 && i + 2 * n <= w.length; n++)
      if (first === w[i + n] && w[i + 1] === w[i + n + 1]) return true;
  }
  return false;
}

/** The text with every phrase said twice in a row said once ("there is no, there is no swelling"). */
export function withoutRepeats(text: string): string {
  if (!mayRepeat(text)) return text;
  const words = wordsOf(text);
  let out = '';
  let from = 0;
  let i = 0;
  while (i < words.length) {
    let n = 5;
    while (n >= 1 && repeatAt(words, i, n, text) < 0) n--;
    if (n === 0) {
      i++;
      continue;
    }
    // Keep the first saying; drop the gap and the second.
    out += text.slice(from, words[i + n - 1]?.end ?? from);
    from = words[i + 2 * n - 1]?.end ?? from;
    i += n;
  }
  return out + text.slice(from);
}
