/** A word token with its character range in the source text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Words, numbers (with decimals / slashes such as 120/80), clitics ("'s", "'t") and punctuation.
const TOKEN_RE = /'[a-z]+\b|[a-z0-9]+(?:[./][0-9]+)*%?|[^\sa-z0-9]/gi;

/**
 * Tokenise text into words and punctuation, keeping offsets. "don't" becomes "do" + "n't", as spaCy
 * does, so ConText rules written for spaCy tokens ("n't") match.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // An exec loop rather than matchAll (no iterator, no copy of the pattern): tokenize runs on every
  // sentence several times a draft. Nothing in the loop uses TOKEN_RE, so its lastIndex is safe.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const start = offset + m.index;
    const previous = tokens.at(-1);
    if (lower === "'t" && previous?.lower === 'n' && previous.end === start) {
      tokens[tokens.length - 1] = makeToken(`n${word}`, start - 1);
      continue;
    }
    if (lower === "'t" && previous && previous.end === start && previous.lower.endsWith('n')) {
      previous.text = previous.text.slice(0, -1);
      previous.lower = previous.lower.slice(0, -1);
      previous.end -= 1;
      tokens.push(makeToken(`n${word}`, start - 1));
      continue;
    }
    tokens.push({ text: word, lower, start, end: start + word.length });
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  return { text, lower: text.toLowerCase(), start, end: start + text.length };
}

/** Lowercase alphanumeric words, the tokenisation used for lexicon look-ups and metrics. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * How many runs of non-space characters the text has: `text.match(/\S+/g)?.length ?? 0` without
 * building the array of words (the drafter counts words of every sentence several times).
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The characters `\s` matches (ECMAScript white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
