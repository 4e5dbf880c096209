import { bigserial, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditOutcomeEnum = pgEnum('audit_outcome', ['success', 'denied', 'error']);

/** Who did what to which record. Never holds PHI text: ids and action names only. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    patientId: uuid('patient_id'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    requestId: text('request_id'),
    severity: text('severity').notNull().default('normal'),
    /** Hash of the previous event: the chain makes edits or deletions detectable. */
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorId),
    index('audit_events_patient_idx').on(t.patientId),
  ],
);
