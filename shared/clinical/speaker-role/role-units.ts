import { type SentenceUnit, toSentenceUnits } from '../offline/units.js';
import { unpunctuatedSegments, unpunctuatedSentences } from '../offline/unpunctuated.js';
import type { TranscriptSegment } from '../transcript.js';

/**
 * The sentences the offline drafter asks the speaker-role model about (extractFacts): each segment's
 * sentences, and a long run-on that speech recognition wrote without punctuation cut into the
 * sentences the boundary model finds in it. The role model is trained and scored on these same
 * units, so what it learns from an unpunctuated turn is what it is shown when drafting.
 */
export function roleUnits(segments: readonly TranscriptSegment[]): SentenceUnit[] {
  const unpunctuated = unpunctuatedSegments(segments);
  return toSentenceUnits(segments).flatMap((u) => unpunctuatedSentences(u, unpunctuated));
}
