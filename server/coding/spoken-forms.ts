/**
 * Medical words as one microphone's speech recognition writes them, put back the way the index spells
 * them: a word split at its combining form ("hyper tension", "under active thyroid", "osteo
 * arthritis", "a fib") and an abbreviation said letter by letter ("c o p d", "g e r d", "u t i").
 * Each rewrite keeps the text's length (the joined word is followed by the spaces it lost), so every
 * offset into the segment, the evidence a suggestion links to, stays where it was.
 */
import { ABBREVIATION_KEYS } from './clinical-abbreviations.js';

/** Combining forms a recogniser writes apart from the rest of the word, with the rests that follow them. */
const SPLIT_WORDS =
  /\b(hyper|hypo) (tension|tensive|thyroidism|thyroid|lipidemia|glycemia|kalemia|natremia|calcemia|trophy|plasia)\b|\b(under|over) (active)\b|\b(osteo) (arthritis|porosis|penia|myelitis)\b|\b(gastro) (enteritis|esophageal|paresis)\b|\b(fibro) (myalgia)\b|\b(neuro) (pathy)\b|\b(cardio) (myopathy)\b|\b(a)[ -](fib)\b|\b(heart|acid) (burn)\b/gi;

/** Letters that spell something else in speech ("on p e" is the physical exam). */
const NOT_SPELLED = new Set(['pe', 'cap']);
/** Abbreviations (and a few more) that may be said as their letters: "c o p d", "c. o. p. d.". */
const SPELLED = new Set(
  [...ABBREVIATION_KEYS, 'cpap', 'bipap'].filter((a) => !NOT_SPELLED.has(a) && /^[a-z]+$/.test(a)),
);
const LETTER_RUN = /\b[a-z](?:\.?[ -][a-z]\b){1,4}\.?/gi;

/** The text with split medical words joined and spelled-out abbreviations written as one word. */
export function respelledSpeech(text: string): string {
  const joined = text.replace(SPLIT_WORDS, (whole) => {
    const word = whole.replace(/[ -]/g, '');
    return word + ' '.repeat(whole.length - word.length);
  });
  return joined.replace(LETTER_RUN, (run) => {
    const word = run.replace(/[^a-z]/gi, '');
    if (SPELLED.has(word.toLowerCase())) return word + ' '.repeat(run.length - word.length);
    // "a u t i", "i c o p d": the article or pronoun before the letters is a word of its own.
    const rest = word.slice(1);
    if (/^[ai]/i.test(word) && SPELLED.has(rest.toLowerCase())) {
      const start = run.slice(1).search(/[a-z]/i) + 1;
      return run.slice(0, start) + rest + ' '.repeat(run.length - start - rest.length);
    }
    return run;
  });
}

/** The segments with respelledSpeech applied (the same objects where nothing changed). */
export function respelledSegments<S extends { text: string }>(segments: readonly S[]): S[] {
  return segments.map((s) => {
    const text = respelledSpeech(s.text);
    return text === s.text ? s : { ...s, text };
  });
}

const FIGURE: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5' };
const STAGE_IN_WORDS = /\b(stage|type|grade|class) (one|two|three|four|five)(?: ([ab])\b)?/gi;

/**
 * A mention's stage or type said in words as the titles write it in figures ("stage three chronic
 * kidney disease" → "stage 3 …", "stage three a" → "stage 3a"): a title's figure is then a word said.
 */
export const withStageFigures = (phrase: string): string =>
  phrase.replace(
    STAGE_IN_WORDS,
    (_whole, head: string, number: string, letter: string | undefined) =>
      `${head} ${FIGURE[number.toLowerCase()] ?? number}${letter ?? ''}`,
  );
