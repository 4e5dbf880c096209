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
  for (const m of text.matchAll(TOKEN_RE)) {
    const word = m[0];
    const start = offset + m.index;
    const previous = tokens.at(-1);
    if (word.toLowerCase() === "'t" && previous?.lower === 'n' && previous.end === start) {
      tokens[tokens.length - 1] = makeToken(`n${word}`, start - 1);
      continue;
    }
    if (word.toLowerCase() === "'t" && previous && previous.end === start && previous.lower.endsWith('n')) {
      previous.text = previous.text.slice(0, -1);
      previous.lower = previous.lower.slice(0, -1);
      previous.end -= 1;
      tokens.push(makeToken(`n${word}`, start - 1));
      continue;
    }
    tokens.push(makeToken(word, start));
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
