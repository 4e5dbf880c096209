import { bigserial, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { encounters } from './encounters.js';
import { timestamptz } from './timestamptz.js';
import { users } from './users.js';

/**
 * Failed sign-ins, one row each, keyed `account:<email>` or `ip:<address>`. Kept in the database (not
 * in memory) so the limit holds across every stateless server behind a load balancer.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [index('login_failures_key_at_idx').on(t.key, t.at)],
);

/**
 * One row per (user, Idempotency-Key), claimed inside the transaction of the write it guards: the
 * request's hash, the status answered and the id of the resource created. A replay re-reads that
 * resource, so no response body (no PHI) is stored. Rows older than 24 h are purged.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    resourceId: text('resource_id').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Emergency read access to one encounter for one clinician, granted by an admin with a reason. */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    encounterId: uuid('encounter_id')
      .notNull()
      .references(() => encounters.id),
    grantedBy: uuid('granted_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('break_glass_user_encounter_idx').on(t.userId, t.encounterId)],
);
