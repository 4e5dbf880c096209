import { z } from 'zod';
import { transcriptSegmentSchema } from '../clinical/transcript.js';
import { boundedDateTime, boundedText, int4Param } from './bounded.js';

export const uuidSchema = z.string().uuid();

export const sexSchema = z.enum(['female', 'male', 'other', 'unknown']);

export const patientInputSchema = z.object({
  mrn: boundedText(64, { trim: true, min: 1 }).regex(
    /^[A-Za-z0-9._\-/]+$/,
    'letters, digits and . _ - / only',
  ),
  displayName: boundedText(200, { trim: true, min: 1 }).nullable().optional(),
  /** ISO date (YYYY-MM-DD). */
  birthDate: z.iso
    .date()
    .refine((d) => d >= '1850-01-01' && d <= '2199-12-31', 'a birth date between 1850 and 2199')
    .nullable()
    .optional(),
  sex: sexSchema.nullable().optional(),
});
export type PatientInput = z.infer<typeof patientInputSchema>;

/** A correction of a patient's identity (staff, audited); MRN included. */
export const updatePatientRequestSchema = patientInputSchema.partial();
export type UpdatePatientRequest = z.infer<typeof updatePatientRequestSchema>;

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
  /**
   * Chosen by the extension when it starts recording offline, so segments recorded before the
   * server was reachable already name their encounter. Omitted: the server picks one.
   */
  id: uuidSchema.optional(),
  patient: patientInputSchema,
  consent: consentSchema,
  /** Stated by the recorder at the start; omitted: not stated (stored as null). */
  audioSources: audioSourcesSchema.optional(),
  /** When recording began on the device (an offline start syncs later); omitted: now. */
  startedAt: z.string().datetime({ offset: true }).optional(),
});
export type CreateEncounterRequest = z.infer<typeof createEncounterRequestSchema>;

export const appendSegmentsRequestSchema = z.object({
  segments: z.array(transcriptSegmentSchema).min(1).max(500),
});
export type AppendSegmentsRequest = z.infer<typeof appendSegmentsRequestSchema>;

/** A clinician's answer to "who said this line?"; null withdraws an earlier correction. */
export const correctSpeakerRequestSchema = z.object({
  role: z.enum(['clinician', 'patient', 'other']).nullable(),
});
export type CorrectSpeakerRequest = z.infer<typeof correctSpeakerRequestSchema>;

/** `/:id/segments/:seq/role` path parameters (seq as the `integer` column stores it). */
export const segmentParamSchema = z.object({ id: uuidSchema, seq: int4Param().min(0) });
