import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { CodeStatus } from '../../../shared/clinical/codes.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import type { NoteContent } from '../../../shared/clinical/note.js';
import type { SignedIdentity } from '../../notes/signed-content.js';
import { encounters } from './encounters.js';
import { templateVersions } from './templates.js';
import { timestamptz } from './timestamptz.js';
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
    signedAt: timestamptz('signed_at'),
    signedBy: uuid('signed_by').references(() => users.id),
    /** sha256 of the canonical signed content (server/notes/signed-content.ts): verified on every read. */
    contentHash: text('content_hash'),
    /** The patient identity (MRN, name, birth date, sex) as it was when the note was signed. */
    signedIdentity: jsonb('signed_identity').$type<SignedIdentity>(),
    /**
     * Head of the addenda chain (server/notes/signed-content.ts `addendaHead`), starting from the
     * signed hash: deleting any addendum, the last one included, no longer reproduces it. Null on
     * notes whose addenda predate the chain (and on notes without addenda).
     */
    addendaHead: text('addenda_head'),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
    updatedAt: timestamptz('updated_at').notNull().default(sql`now()`),
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
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
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
    /** 1, 2, 3… per note: the order the addenda chain is computed in (null on addenda from before it). */
    seq: integer('seq'),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  },
  (t) => [index('note_addenda_note_idx').on(t.noteId), unique('note_addenda_note_seq').on(t.noteId, t.seq)],
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
    decidedAt: timestamptz('decided_at'),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  },
  (t) => [unique('note_codes_note_code').on(t.noteId, t.system, t.code)],
);

/**
 * A code decision made after the note was signed: kept apart from the signed codes (which the
 * signature covers and which never change), audited, and shown separately in exports.
 */
export const noteCodeDecisions = pgTable(
  'note_code_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    codeId: uuid('code_id')
      .notNull()
      .references(() => noteCodes.id),
    status: codeStatusEnum('status').$type<CodeStatus>().notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamptz('decided_at').notNull(),
  },
  (t) => [index('note_code_decisions_note_idx').on(t.noteId)],
);
