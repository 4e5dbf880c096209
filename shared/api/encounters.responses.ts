import { z } from 'zod';
import { transcriptSegmentSchema } from '../clinical/transcript.js';
import { audioSourceSchema, sexSchema, uuidSchema } from './encounters.js';

export const patientSchema = z.object({
  id: uuidSchema,
  mrn: z.string(),
  displayName: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: sexSchema.nullable(),
});
export type Patient = z.infer<typeof patientSchema>;

export const patientListSchema = z.object({ patients: z.array(patientSchema) });

export const encounterSchema = z.object({
  id: uuidSchema,
  clinicianId: uuidSchema,
  patient: patientSchema,
  status: z.enum(['in_progress', 'completed']),
  consentAttestedBy: uuidSchema,
  consentAttestedAt: z.string(),
  consentMethod: z.string(),
  /** What the recording captured (null: not stated). */
  audioSources: z.array(audioSourceSchema).nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type Encounter = z.infer<typeof encounterSchema>;

export const encounterListSchema = z.object({ encounters: z.array(encounterSchema) });

export const appendSegmentsResponseSchema = z.object({
  inserted: z.array(z.number().int()),
  unchanged: z.array(z.number().int()),
});
export type AppendSegmentsResponse = z.infer<typeof appendSegmentsResponseSchema>;

/**
 * A transcript line as the review screens show it: the segment (recorded `speaker`, the clinician's
 * `correctedRole`), the speaker-role model's guess for an uncorrected `unknown` line (`inferredRole`,
 * `roleConfidence` 0..1; null otherwise), `roleVersion` (the If-Match of the next correction) and
 * `roleCorrectedAt`.
 */
export const transcriptLineSchema = transcriptSegmentSchema.extend({
  inferredRole: z.enum(['clinician', 'patient', 'other']).nullable(),
  roleConfidence: z.number().min(0).max(1).nullable(),
  roleVersion: z.number().int().min(0),
  /** When the clinician corrected the speaker (null: never, or withdrawn). */
  roleCorrectedAt: z.string().nullable(),
});
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;

export const segmentListSchema = z.object({ segments: z.array(transcriptLineSchema) });

/** An admin's break-glass grant: a clinician may read one encounter until `expiresAt`. */
export const breakGlassGrantSchema = z.object({
  id: uuidSchema,
  userId: uuidSchema,
  encounterId: uuidSchema,
  grantedBy: uuidSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});
