import { allMatches } from '../offline/all-matches.js';
/** One word of a transcript turn, with its exact character range and whether a sentence ends after it. */
export interface BoundaryWord {
  /** Lower case; any word holding a digit is `<num>` (the figure itself says nothing of a boundary). */
  norm: string;
  start: number;
  end: number;
  /** A sentence mark (. ? !) stands between this word and the next one (or the end). */
  endsSentence: boolean;
}

// Words, numbers with their inner marks ("98.6", "1/22/2013", "x-ray", "it's").
const WORD = /[A-Za-z0-9]+(?:['’./-][A-Za-z0-9]+)*/g;

/** The words of `text` in order; what lies between two words decides `endsSentence`. */
export function boundaryWords(text: string): BoundaryWord[] {
  const found = allMatches(WORD, text);
  return found.map((m, i) => {
    const end = m.index + m[0].length;
    const gap = text.slice(end, found[i + 1]?.index ?? text.length);
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    return { norm: /\d/.test(lower) ? '<num>' : lower, start: m.index, end, endsSentence: /[.?!]/.test(gap) };
  });
}
