import { splitSentences } from '../offline/sentences.js';
import type { TranscriptSegment } from '../transcript.js';
import { withSyntheticTimes } from './timing.js';

/** Plain text without speakers: one segment per sentence, speaker 'unknown'. */
export function parsePlainText(text: string): TranscriptSegment[] {
  const normalized = text.replace(/\s+/g, ' ').trim();
  const turns = splitSentences(normalized).map((s) => ({
    speaker: 'unknown' as const,
    text: normalized.slice(s.start, s.end) + s.terminator,
  }));
  return withSyntheticTimes(turns);
}
