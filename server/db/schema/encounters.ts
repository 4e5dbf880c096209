import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './timestamptz.js';
import { users } from './users.js';

export const sexEnum = pgEnum('sex', ['female', 'male', 'other', 'unknown']);

/**
 * A patient's identity (MRN, name, date of birth, sex). Creating an encounter never changes it; a
 * correction goes through the audited patient update (see server/repository/patients.repo.ts).
 */
export const patients = pgTable('patients', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The EHR's medical record number: the identifier staff look patients up by. */
  mrn: text('mrn').notNull().unique(),
  displayName: text('display_name'),
  birthDate: date('birth_date', { mode: 'string' }),
  sex: sexEnum('sex'),
  createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  updatedAt: timestamptz('updated_at'),
});

export const audioSourceEnum = pgEnum('audio_source', ['microphone', 'tab']);

export const encounterStatusEnum = pgEnum('encounter_status', ['in_progress', 'completed']);

export const encounters = pgTable(
  'encounters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => users.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    consentAttestedBy: uuid('consent_attested_by')
      .notNull()
      .references(() => users.id),
    consentAttestedAt: timestamptz('consent_attested_at').notNull(),
    consentMethod: text('consent_method').notNull(),
    /**
     * What the recording captured, as the clinician chose at its start: `{microphone}`, or
     * `{microphone,tab}` in telehealth mode (the call's browser tab mixed in). Null: not stated
     * (older clients, dictation files).
     */
    audioSources: audioSourceEnum('audio_sources').array(),
    status: encounterStatusEnum('status').notNull().default('in_progress'),
    startedAt: timestamptz('started_at').notNull(),
    endedAt: timestamptz('ended_at'),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
    /**
     * Characters (PostgreSQL `length`) of the transcript's stored segments, kept by the insert that
     * stores them, in its transaction: the MAX_TRANSCRIPT_CHARS check of an upload reads this rather
     * than summing every stored segment (which made a visit's uploads quadratic).
     */
    transcriptChars: integer('transcript_chars').notNull().default(0),
  },
  (t) => [
    index('encounters_clinician_idx').on(t.clinicianId),
    index('encounters_patient_idx').on(t.patientId),
  ],
);

export const speakerEnum = pgEnum('speaker', ['clinician', 'patient', 'other', 'unknown']);

/** Who a clinician says spoke a line the recorder could not label. */
export const correctedRoleEnum = pgEnum('corrected_role', ['clinician', 'patient', 'other']);

export const transcriptSegments = pgTable(
  'transcript_segments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    encounterId: uuid('encounter_id')
      .notNull()
      .references(() => encounters.id),
    seq: integer('seq').notNull(),
    startMs: integer('start_ms').notNull(),
    endMs: integer('end_ms').notNull(),
    speaker: speakerEnum('speaker').notNull(),
    text: text('text').notNull(),
    confidence: real('confidence'),
    /**
     * A clinician's correction of who spoke an `unknown` line, kept apart from `speaker` (what the
     * recorder said, never overwritten). `roleVersion` counts corrections: the If-Match of the next one.
     */
    correctedRole: correctedRoleEnum('corrected_role'),
    roleCorrectedBy: uuid('role_corrected_by').references(() => users.id),
    roleCorrectedAt: timestamptz('role_corrected_at'),
    roleVersion: integer('role_version').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  },
  // Unique (encounter, seq) makes uploads idempotent: a retried batch cannot duplicate a segment.
  (t) => [unique('transcript_segments_encounter_seq').on(t.encounterId, t.seq)],
);
