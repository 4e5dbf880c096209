import type { Speaker, TranscriptSegment } from '../transcript.js';

// About 150 words per minute of conversational speech, plus a short pause between turns.
const MS_PER_WORD = 400;
const TURN_GAP_MS = 300;

/** Segments with seq 0..n-1 and synthetic, contiguous times proportional to word count. */
export function withSyntheticTimes(
  turns: ReadonlyArray<{ speaker: Speaker; text: string }>,
): TranscriptSegment[] {
  let clock = 0;
  return turns.map((turn, seq) => {
    const wordCount = turn.text.split(/\s+/).filter(Boolean).length;
    const startMs = clock;
    const endMs = startMs + Math.max(1, wordCount) * MS_PER_WORD;
    clock = endMs + TURN_GAP_MS;
    return { seq, startMs, endMs, speaker: turn.speaker, text: turn.text, confidence: null };
  });
}
