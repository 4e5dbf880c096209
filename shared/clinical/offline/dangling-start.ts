/**
 * The start of a sentence never said at the end of one that was: a recogniser's segment (or a
 * sentence the boundary model cut) that ends on a speaker and an auxiliary alone ("there is some
 * swelling over the ankle i do", "the knee is stable i'm going to", "no fever when you came in
 * when i'm gonna"). The next sentence began and was cut off, or restarted in the next segment; the
 * stub documents nothing and would leave the clinician's first person in the note. A stub that
 * completes what comes before it ("more than i do", "as much as we can", "yes i do") is kept.
 */
const STUB =
  /[,\s]+(?:(?:and|so|but|then|when|because|and then|and so)\s+)?(?:i|we)(?:'m|'ll|'d|'ve|'re|\s+(?:am|are|will|do|did|have|had|would|was|were|can|could|should|need to|want to))(?:\s+(?:just|also|really|not|then|going to|gonna|go ahead and|like))*\s*[.,;]?\s*$/i;

// Words after which a stub completes the clause (a comparison, an embedded clause, an answer).
// "that" as a conjunction ("so that we can") completes it; as a pronoun ("in addition to that") not.
const COMPLETES =
  /\b(?:than|as|if|what|how|where|whether|why|who|think|know|guess|hope|believe|sure|yes|yeah|yep|no|nope|not|(?<!\b(?:to|of|with|about|for|on|after|before)\s)that|which|whatever|whenever|wish)\s*[,]?\s*$/i;

// A question and its answer run together ("do you smoke i do"): the answer is no stub.
const ASKS = /^\s*(?:do|does|did|are|is|have|has|can|could|would|will|were|was|any|how|what|when|where)\b/i;

const wordsIn = (s: string) => s.match(/[a-z0-9']+/gi)?.length ?? 0;

/** The sentence without a cut-off start of another at its end; else as is. */
export function withoutDanglingStart(text: string): string {
  const m = STUB.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index);
  if (wordsIn(head) < 3 || COMPLETES.test(head) || ASKS.test(head)) return text;
  return head;
}
