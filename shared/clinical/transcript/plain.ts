import { splitSentences } from '../offline/sentences.js';
import type { TranscriptSegment } from '../transcript.js';
import { withSyntheticTimes } from './timing.js';

/** A line that ends a sentence (a closing quote or bracket may follow the mark). */
const ENDS_SENTENCE = /[.?!…]["'”’)\]]*$/;
const STARTS_LOWERCASE = /^[a-z]/;

/**
 * The text's utterances. Most lines of a punctuated transcript end a sentence, and a line that does
 * not, followed by one that starts in lower case, is a hard wrap of the same sentence. In a transcript
 * without punctuation (speech recognition's, one utterance a line) the line break is the only
 * boundary there is, so every line stays its own: collapsing them ran the clinician's question into
 * the patient's answer.
 */
function utterances(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const punctuated = lines.filter((line) => ENDS_SENTENCE.test(line)).length * 2 >= lines.length;
  if (!punctuated) return lines;
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && !ENDS_SENTENCE.test(previous) && STARTS_LOWERCASE.test(line)) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else joined.push(line);
  }
  return joined;
}

/** Plain text without speakers: one segment per sentence (per line where there is no punctuation), speaker 'unknown'. */
export function parsePlainText(text: string): TranscriptSegment[] {
  const turns = utterances(text).flatMap((utterance) =>
    splitSentences(utterance).map((s) => ({
      speaker: 'unknown' as const,
      text: utterance.slice(s.start, s.end) + s.terminator,
    })),
  );
  return withSyntheticTimes(turns);
}
