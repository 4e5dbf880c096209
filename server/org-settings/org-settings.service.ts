import { eq } from 'drizzle-orm';
import type { OrgSettings, OrgSettingsResponse } from '../../shared/api/org-settings.js';
import { AppError } from '../../shared/errors.js';
import type { Executor } from '../db/client.js';
import { orgSettings } from '../db/schema/index.js';
import { resolvePublishedTemplate } from '../templates/templates.service.js';

const ROW_ID = 'org';

/** The organisation's extension defaults, or `settings: null` until an admin saved them. */
export async function readOrgSettings(db: Executor): Promise<OrgSettingsResponse> {
  const [row] = await db.select().from(orgSettings).where(eq(orgSettings.id, ROW_ID)).limit(1);
  if (!row) return { settings: null, version: 0, updatedAt: null };
  return { settings: row.body, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

/**
 * Replaces the defaults. `expectedVersion` (If-Match) guards against two admins overwriting each
 * other; the default template must be published, or every extension's first draft would fail.
 */
export async function saveOrgSettings(
  db: Executor,
  settings: OrgSettings,
  userId: string,
  now: Date,
  expectedVersion?: number,
): Promise<OrgSettingsResponse> {
  const current = await readOrgSettings(db);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new AppError('precondition_failed', 'Someone else changed the organisation settings; reload them');
  }
  await resolvePublishedTemplate(db, { templateKey: settings.templateKey }).catch((cause: unknown) => {
    throw new AppError('validation_failed', 'The default template must be a published template', {
      cause,
      details: { errors: [{ path: 'templateKey', message: 'not a published template' }] },
    });
  });
  const version = current.version + 1;
  const row = { body: settings, version, updatedBy: userId, updatedAt: now };
  await db
    .insert(orgSettings)
    .values({ id: ROW_ID, ...row })
    .onConflictDoUpdate({ target: orgSettings.id, set: row });
  return { settings, version, updatedAt: now.toISOString() };
}
