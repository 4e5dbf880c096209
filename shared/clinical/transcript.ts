import { z } from 'zod';
import { boundedText, int4 } from '../api/bounded.js';

/** Who spoke a segment. Diarisation is imperfect, so `unknown` is a first-class value. */
export const speakerSchema = z.enum(['clinician', 'patient', 'other', 'unknown']);
export type Speaker = z.infer<typeof speakerSchema>;

/** One transcript segment as stored and as uploaded by the extension. `seq` is unique per encounter. */
export const transcriptSegmentSchema = z.object({
  seq: int4().min(0),
  startMs: int4().min(0),
  endMs: int4().min(0),
  speaker: speakerSchema.default('unknown'),
  text: boundedText(20_000),
  confidence: z.number().min(0).max(1).nullable().optional(),
  /**
   * A clinician's correction of who spoke the segment ("this line was the patient"). Stored apart from
   * `speaker` (what the recorder or telehealth source said), which is never overwritten.
   */
  correctedRole: z.enum(['clinician', 'patient', 'other']).optional(),
});
export type TranscriptSegment = z.infer<typeof transcriptSegmentSchema>;
