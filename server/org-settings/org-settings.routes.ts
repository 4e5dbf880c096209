import { Hono } from 'hono';
import { updateOrgSettingsRequestSchema } from '../../shared/api/org-settings.js';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { parseIfMatch } from '../notes/notes.service.js';
import { allow } from '../repository/repository.middleware.js';

/** Every signed-in user's extension reads the organisation's defaults; only admins change them (audited). */
export const orgSettingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const dto = await c.get('admin').readOrgSettings();
    return c.json(dto, 200, { etag: `"${dto.version}"` });
  })
  .put('/', allow('admin'), validate('json', updateOrgSettingsRequestSchema), async (c) => {
    const ifMatch = c.req.header('if-match');
    const dto = await c
      .get('admin')
      .saveOrgSettings(c.req.valid('json').settings, ifMatch ? parseIfMatch(ifMatch) : undefined);
    return c.json(dto, 200, { etag: `"${dto.version}"` });
  });
