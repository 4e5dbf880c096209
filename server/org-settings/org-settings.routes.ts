import { Hono } from 'hono';
import { updateOrgSettingsRequestSchema } from '../../shared/api/org-settings.js';
import type { AppEnv } from '../app-env.js';
import { audit } from '../audit/audit-context.js';
import { requireRole } from '../auth/auth.middleware.js';
import { validate } from '../http/validate.js';
import { parseIfMatch } from '../notes/notes.service.js';
import { readOrgSettings, saveOrgSettings } from './org-settings.service.js';

/** Every signed-in user's extension reads the organisation's defaults; only admins change them (audited). */
export const orgSettingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const dto = await readOrgSettings(c.get('db'));
    c.header('etag', `"${dto.version}"`);
    return c.json(dto);
  })
  .put('/', requireRole('admin'), validate('json', updateOrgSettingsRequestSchema), async (c) => {
    const { settings } = c.req.valid('json');
    const ifMatch = c.req.header('if-match');
    const expected = ifMatch ? parseIfMatch(ifMatch) : undefined;
    const dto = await c.get('db').transaction(async (tx) => {
      const saved = await saveOrgSettings(tx, settings, c.get('user').id, c.get('deps').clock(), expected);
      await audit(c, tx, { action: 'org_settings.update', entityType: 'org_settings', entityId: null });
      return saved;
    });
    c.header('etag', `"${dto.version}"`);
    return c.json(dto);
  });
