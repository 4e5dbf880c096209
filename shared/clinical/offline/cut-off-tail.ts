import { proseDefects } from '../quality/prose-defects.js';

/**
 * What a pause or a turn change leaves at the end of a sentence when speech recognition writes no
 * punctuation: the first word of the next phrase ("she does have a small kidney stone on.", "there is
 * some faint wheezing as.") or the subject and verb of the next clause that never came ("his vitals
 * look good he does not have.", "a prescription for azithromycin he is."). The sentence before the
 * cut is complete; the stub documents nothing. One stub is taken off, only where what is left reads
 * as documentation with no new defect and fewer than before, and never where the cut word completes
 * a verb ("started on the." is not trimmed to "started on." or "started.").
 */

// One function word that opens a phrase, said just before the recording or the speaker stopped.
const DANGLING_WORD =
  /[,\s]+(?:and|or|but|because|so|the|a|an|of|to|for|with|at|from|into|by|about|than|if|his|her|their|as|on|that|some|any|very|just)\s*[.,;:]?$/i;
// The subject and verb of a clause that never came ("he is", "it looks", "she does not have").
const CLAUSE_STUB =
  /[,\s]+(?:(?:and|but|so)\s+)?(?:he|she|they|it|there|the patient|this|that)\s+(?:is|was|are|were|has|had|have|does|did|do|looks?|seems?|sounds?|feels?|gets?)(?:\s+not)?(?:\s+(?:have|been|like))?\s*[.,;:]?$/i;
// What a preposition or an article cut off after it would have completed: a verb or a phrase that
// takes an object ("started on", "negative for", "consistent with"), or a number whose unit was cut.
const NEEDS_OBJECT =
  /(?:\b\w+ed|\b(?:on|off|in|to|for|with|of|at|from|by|about|into|take|takes|taking|took|give|gives|given|get|gets|got|put|keep|kept|use|uses|using|need|needs|want|wants|positive|negative|consistent|significant|shows?|showed|reveals?|revealed|is|was|are|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not)|\d)$/i;
const MIN_WORDS_LEFT = 4;

/** The sentence without a cut-off stub at its end; the sentence as is when it has none to take off. */
export function withoutCutOffTail(text: string): string {
  const trimmed = text.trim();
  const stub = CLAUSE_STUB.exec(trimmed) ?? DANGLING_WORD.exec(trimmed);
  if (!stub) return text;
  const kept = trimmed.slice(0, stub.index).replace(/[\s,;:]+$/, '');
  if (kept.split(/\s+/).length < MIN_WORDS_LEFT || NEEDS_OBJECT.test(kept)) return text;
  const before = proseDefects(trimmed);
  if (before.length === 0) return text;
  const candidate = `${kept}.`;
  const after = proseDefects(candidate);
  const onlyFewer = after.length < before.length && after.every((kind) => before.includes(kind));
  return onlyFewer ? candidate : text;
}
