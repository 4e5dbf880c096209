import { z } from 'zod';
import { AppError } from '../../errors.js';
import { type TranscriptSegment, transcriptSegmentSchema } from '../transcript.js';

// The extension uploads either a bare array or { segments: [...] }; times may be missing in exports.
const looseSegmentSchema = transcriptSegmentSchema.extend({
  seq: z.number().int().min(0).optional(),
  startMs: z.number().int().min(0).optional(),
  endMs: z.number().int().min(0).optional(),
});
const fileSchema = z.union([
  z.array(looseSegmentSchema),
  z.object({ segments: z.array(looseSegmentSchema) }),
]);

/**
 * Parse JSON segments as uploaded by the extension. Segments are ordered by seq (or file order),
 * renumbered 0..n-1, and given synthetic times when absent.
 */
export function parseJsonSegments(json: unknown): TranscriptSegment[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('invalid_transcript', 'JSON is not a list of transcript segments', {
      cause: parsed.error,
      details: {
        issues: parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.segments;
  const ordered = list.map((s, i) => ({ s, i })).sort((a, b) => (a.s.seq ?? a.i) - (b.s.seq ?? b.i));
  let clock = 0;
  return ordered.map(({ s }, seq) => {
    const words = s.text.split(/\s+/).filter(Boolean).length;
    const startMs = s.startMs ?? clock;
    const endMs = s.endMs ?? startMs + Math.max(1, words) * 400;
    clock = endMs;
    return {
      seq,
      startMs,
      endMs: Math.max(endMs, startMs),
      speaker: s.speaker,
      text: s.text,
      confidence: s.confidence ?? null,
    };
  });
}
