import type { SentenceUnit } from '../units.js';

/** One sentence as the drafter sees it; a role confidence marks its speaker as only inferred. */
export const sentenceUnit = (
  text: string,
  speaker: SentenceUnit['speaker'],
  roleConfidence?: number,
  seq = 0,
): SentenceUnit => ({
  seq,
  start: 0,
  end: text.length,
  speaker,
  text,
  isQuestion: false,
  ...(roleConfidence === undefined ? {} : { roleConfidence }),
});
