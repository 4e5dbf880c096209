import { bigserial, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { codeStatusEnum, noteCodes, notes } from './notes.js';
import { users } from './users.js';

/**
 * A code decided after its note was signed (the clinician left it "for coding"). Kept apart from
 * note_codes so the codes as decided at signing, which the signature covers, never change; the
 * latest row per code is its current decision.
 */
export const postSigningCodeDecisions = pgTable(
  'post_signing_code_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: two decisions in the same millisecond still have a latest. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    codeId: uuid('code_id')
      .notNull()
      .references(() => noteCodes.id),
    status: codeStatusEnum('status').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('post_signing_code_decisions_note_idx').on(t.noteId)],
);
