import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notes } from './notes.js';
import { users } from './users.js';

export const ehrInsertModeEnum = pgEnum('ehr_insert_mode', ['replace', 'append', 'cursor']);

/**
 * A person's decision to insert a note into a chart whose patient identifier did not match (or
 * could not be read). Written, and audited with severity high, before the text reaches the page.
 */
export const ehrInsertOverrides = pgTable(
  'ehr_insert_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** What the chart showed (null: nothing could be read). */
    chartMrn: text('chart_mrn'),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ehr_insert_overrides_note_idx').on(t.noteId)],
);

/** Each time a note's text was put into an EHR note field (the queue's "signed, not yet inserted"). */
export const ehrInserts = pgTable(
  'ehr_inserts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    noteVersion: integer('note_version').notNull(),
    /** Whether the note was signed when it was inserted (a draft inserted by staff stays "not inserted" once signed). */
    signed: boolean('signed').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    mode: ehrInsertModeEnum('mode').notNull(),
    overrideId: uuid('override_id').references(() => ehrInsertOverrides.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ehr_inserts_note_idx').on(t.noteId)],
);
