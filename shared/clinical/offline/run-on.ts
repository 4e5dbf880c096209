import { fusedClauseStarts, proseDefects } from '../quality/prose-defects.js';

// A clause that opened on a subordinator and has not been closed by a comma: the fused clause after
// it is its main clause ("when she bends it it hurts", "on the days he works out he takes 5 mg"),
// not a new sentence.
const OPEN_SUBORDINATE =
  /\b(?:when|whenever|if|in case|since|because|while|after|before|until|once(?= (?:he|she|they|it|we|i|you|the|his|her|their)\b)|unless|although|though|where|whether|(?:the|every|any) (?:days?|times?|nights?|mornings?))\b[^,;:]*$/i;
// A coordinator followed by a few words with no verb ("and in march", "but sometimes"): it opens the
// clause that follows, which is then no new sentence.
const OPEN_COORDINATE = /\b(?:and|but|or|so|then)\s+(?:\S+\s+){0,3}\S*$/i;
const FINITE =
  /\b(?:is|was|are|were|has|had|have|does|did|do|will|would|can|could|should|may|might|must)\b|\b(?:he|she|they|it|we|i|there|the patient)\s+(?:\w+\s+)?\w+(?:ed|s)\b/i;
// Fewer words than this is no sentence of its own ("It seem.", "She gets.").
const MIN_WORDS = 3;
// Joining words left at the end of a clause once the next one is its own sentence.
const TRAILING_LINK = /(?:[\s,;:]+(?:and|but|so|or|then|because))*[\s,;:]*$/i;

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** Whether a clause reads as a sentence once cut: enough words, a verb, not cut off mid-phrase. */
const standsAlone = (clause: string) =>
  wordCount(clause) >= MIN_WORDS &&
  FINITE.test(clause) &&
  !proseDefects(capital(`${clause.trim()}.`)).includes('fragment');

/** Whether a clause ends on a coordinator that opens the next one ("and in march", "but sometimes"). */
function opensNext(clause: string): boolean {
  const open = OPEN_COORDINATE.exec(clause);
  return open !== null && !FINITE.test(open[0]);
}

/**
 * A run-on ("there is no redness there is no swelling") as its sentences ("There is no redness.",
 * "There is no swelling."): cut where a new subject and its verb start with nothing to join them to
 * what came before, unless they are the main clause of an open subordinate one. A sentence with no
 * such boundary comes back as it is.
 */
export function runOnSentences(text: string): string[] {
  const body = text.replace(/[.!?]+$/, '');
  const cuts: number[] = [];
  let last = 0;
  for (const at of fusedClauseStarts(body)) {
    const left = body.slice(last, at).replace(TRAILING_LINK, '');
    if (!standsAlone(left) || OPEN_SUBORDINATE.test(left) || opensNext(left)) continue;
    cuts.push(at);
    last = at;
  }
  // The words after the last cut must stand on their own too ("... sometimes she gets").
  while (cuts.length > 0 && wordCount(body.slice(cuts.at(-1))) < MIN_WORDS) cuts.pop();
  if (cuts.length === 0) return [text];
  const bounds = [0, ...cuts, body.length];
  const sentences: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = body
      .slice(bounds[i], bounds[i + 1])
      .trim()
      .replace(TRAILING_LINK, '');
    if (/\w/.test(piece)) sentences.push(capital(`${piece}.`));
  }
  return sentences;
}
