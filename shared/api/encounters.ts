import { z } from 'zod';
import { transcriptSegmentSchema } from '../clinical/transcript.js';
import { boundedDateTime, boundedText } from './bounded.js';

export const uuidSchema = z.string().uuid();

export const patientInputSchema = z.object({
  mrn: boundedText(64, { trim: true, min: 1 }).regex(
    /^[A-Za-z0-9._\-/]+$/,
    'letters, digits and . _ - / only',
  ),
  displayName: boundedText(200, { trim: true, min: 1 }).nullable().optional(),
});
export type PatientInput = z.infer<typeof patientInputSchema>;

export const patientSchema = z.object({
  id: uuidSchema,
  mrn: z.string(),
  displayName: z.string().nullable(),
});
export type Patient = z.infer<typeof patientSchema>;

/** Recording may start only after the clinician attests that the patient consented. */
export const consentSchema = z.object({
  attested: z.literal(true),
  method: z.enum(['verbal', 'written', 'electronic']),
  attestedAt: boundedDateTime().optional(),
});

/** What a recording captures: the microphone, and in telehealth mode the call's browser tab too. */
export const audioSourceSchema = z.enum(['microphone', 'tab']);
export type AudioSource = z.infer<typeof audioSourceSchema>;

export const audioSourcesSchema = z
  .array(audioSourceSchema)
  .min(1)
  .max(2)
  .refine((list) => new Set(list).size === list.length, 'each source at most once');

export const createEncounterRequestSchema = z.object({
  patient: patientInputSchema,
  consent: consentSchema,
  /** Stated by the recorder at the start; omitted: not stated (stored as null). */
  audioSources: audioSourcesSchema.optional(),
});
export type CreateEncounterRequest = z.infer<typeof createEncounterRequestSchema>;

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

export const appendSegmentsRequestSchema = z.object({
  segments: z.array(transcriptSegmentSchema).min(1).max(500),
});
export type AppendSegmentsRequest = z.infer<typeof appendSegmentsRequestSchema>;

export const appendSegmentsResponseSchema = z.object({
  inserted: z.array(z.number().int()),
  unchanged: z.array(z.number().int()),
});
export type AppendSegmentsResponse = z.infer<typeof appendSegmentsResponseSchema>;
