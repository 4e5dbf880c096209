import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OrgSettings } from '../../../shared/api/org-settings.js';
import { users } from './users.js';

/** The organisation's extension defaults: one row (`id` = 'org'), versioned; not PHI. */
export const orgSettings = pgTable('org_settings', {
  id: text('id').primaryKey(),
  body: jsonb('body').$type<OrgSettings>().notNull(),
  version: integer('version').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
