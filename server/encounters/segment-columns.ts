import type { TranscriptSegment } from '../../shared/clinical/transcript.js';

/** A batch of segments as one array per column, as the segment insert's unnest takes them. */
export function segmentColumns(segments: readonly TranscriptSegment[]) {
  return {
    seqs: segments.map((s) => s.seq),
    starts: segments.map((s) => s.startMs),
    ends: segments.map((s) => s.endMs),
    speakers: segments.map((s) => s.speaker),
    texts: segments.map((s) => s.text),
    confidences: segments.map((s) => s.confidence ?? null),
  };
}
