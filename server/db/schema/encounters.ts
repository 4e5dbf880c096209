import { index, integer, pgEnum, pgTable, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

export const patients = pgTable('patients', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The EHR's medical record number: the identifier staff look patients up by. */
  mrn: text('mrn').notNull().unique(),
  displayName: text('display_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
    consentAttestedAt: timestamp('consent_attested_at', { withTimezone: true }).notNull(),
    consentMethod: text('consent_method').notNull(),
    /**
     * What the recording captured, as the clinician chose at its start: `{microphone}`, or
     * `{microphone,tab}` in telehealth mode (the call's browser tab mixed in). Null: not stated
     * (older clients, dictation files).
     */
    audioSources: audioSourceEnum('audio_sources').array(),
    status: encounterStatusEnum('status').notNull().default('in_progress'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('encounters_clinician_idx').on(t.clinicianId),
    index('encounters_patient_idx').on(t.patientId),
  ],
);

export const speakerEnum = pgEnum('speaker', ['clinician', 'patient', 'other', 'unknown']);

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Unique (encounter, seq) makes uploads idempotent: a retried batch cannot duplicate a segment.
  (t) => [unique('transcript_segments_encounter_seq').on(t.encounterId, t.seq)],
);
