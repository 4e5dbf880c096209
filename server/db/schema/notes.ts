import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CodeStatus } from '../../../shared/clinical/codes.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import type { NoteContent } from '../../../shared/clinical/note.js';
import { encounters } from './encounters.js';
import { templateVersions } from './templates.js';
import { users } from './users.js';

export const noteStatusEnum = pgEnum('note_status', ['draft', 'signed']);

export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    encounterId: uuid('encounter_id')
      .notNull()
      .references(() => encounters.id),
    templateVersionId: uuid('template_version_id')
      .notNull()
      .references(() => templateVersions.id),
    status: noteStatusEnum('status').notNull().default('draft'),
    currentVersion: integer('current_version').notNull().default(1),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedBy: uuid('signed_by').references(() => users.id),
    /** sha256 of the canonical signed content: verified on every read. */
    contentHash: text('content_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notes_encounter_idx').on(t.encounterId)],
);

export const noteVersionKindEnum = pgEnum('note_version_kind', ['created', 'drafted', 'edited']);

export const noteVersions = pgTable(
  'note_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    version: integer('version').notNull(),
    kind: noteVersionKindEnum('kind').notNull(),
    content: jsonb('content').$type<NoteContent>().notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('note_versions_note_version').on(t.noteId, t.version)],
);

export const noteAddenda = pgTable(
  'note_addenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('note_addenda_note_idx').on(t.noteId)],
);

export const codeStatusEnum = pgEnum('code_status', ['suggested', 'accepted', 'rejected']);

export const noteCodes = pgTable(
  'note_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    system: text('system').notNull(),
    code: text('code').notNull(),
    display: text('display').notNull(),
    rationale: text('rationale').notNull().default(''),
    score: real('score').notNull().default(0),
    status: codeStatusEnum('status').$type<CodeStatus>().notNull().default('suggested'),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull().default([]),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('note_codes_note_code').on(t.noteId, t.system, t.code)],
);
