import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { AppError } from '../shared/errors.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { auditRoutes } from './audit/audit.routes.js';
import { requireAuth } from './auth/auth.middleware.js';
import { authRoutes, meRoutes } from './auth/auth.routes.js';
import { codesRoutes } from './coding/codes.routes.js';
import { encountersRoutes } from './encounters/encounters.routes.js';
import { segmentRolesRoutes } from './encounters/segment-roles.routes.js';
import { limitDrafts } from './http/draft-rate-limit.js';
import { rejectMalformedText } from './http/malformed-text.js';
import {
  accessLog,
  corsPolicy,
  injectDeps,
  limitBody,
  requestId,
  requireJson,
  securityHeaders,
} from './http/middleware.js';
import { problemResponse } from './http/problem.js';
import { modelsRoutes } from './models/models.routes.js';
import { ehrInsertRoutes } from './notes/ehr-insert.routes.js';
import { encounterNotesRoutes } from './notes/encounter-notes.routes.js';
import { notesRoutes } from './notes/notes.routes.js';
import { redraftRoutes } from './notes/redraft.routes.js';
import { orgSettingsRoutes } from './org-settings/org-settings.routes.js';
import { patientsRoutes } from './patients/patients.routes.js';
import { withRepositories } from './repository/repository.middleware.js';
import { breakGlassRoutes } from './security/break-glass.routes.js';
import { templatesRoutes } from './templates/templates.routes.js';
import { usersRoutes } from './users/users.routes.js';

/** Routes that need a signed-in user; each sub-app adds its role checks. */
const protectedApi = new Hono<AppEnv>()
  .use(requireAuth())
  .use(withRepositories())
  .use('/encounters/:id/draft', limitDrafts())
  .use('/notes/:id/redraft', limitDrafts())
  .route('/', meRoutes)
  .route('/users', usersRoutes)
  .route('/patients', patientsRoutes)
  .route('/encounters', encountersRoutes)
  .route('/encounters', encounterNotesRoutes)
  .route('/encounters', segmentRolesRoutes)
  .route('/notes', notesRoutes)
  .route('/notes', ehrInsertRoutes)
  .route('/notes', redraftRoutes)
  .route('/templates', templatesRoutes)
  .route('/audit', auditRoutes)
  .route('/break-glass', breakGlassRoutes)
  .route('/codes', codesRoutes)
  .route('/org-settings', orgSettingsRoutes);

/** Builds the HTTP app around injected dependencies (database, clock, config, drafter, logger). */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
    .use(injectDeps(deps))
    .use(requestId())
    .use(accessLog())
    .use(securityHeaders())
    .use(corsPolicy(deps.config.allowedOrigins))
    .use(limitBody(deps.config.bodyLimitBytes))
    .use(requireJson())
    .use(rejectMalformedText())
    .get('/health', async (c) => {
      try {
        await c.get('db').execute(sql`select 1`);
      } catch (e) {
        throw new AppError('service_unavailable', 'The database is unavailable', { cause: e });
      }
      return c.json({ status: 'ok' });
    })
    .route('/models', modelsRoutes(deps.config.modelsDir))
    .route('/auth', authRoutes)
    .route('/', protectedApi);
  app.notFound((c) => problemResponse(c, new AppError('not_found', 'No such route')));
  app.onError((err, c) => problemResponse(c, err));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
