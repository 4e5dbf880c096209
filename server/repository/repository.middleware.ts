import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../shared/api/auth.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { AdminRepository } from './admin-repository.js';
import { ClinicalRepository } from './clinical-repository.js';
import { recordDenial } from './unit-of-work.js';

/** Creates this request's repositories for the signed-in user: routes reach data only through them. */
export const withRepositories = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const deps = c.get('deps');
  const identity = {
    db: deps.db,
    user: c.get('user'),
    clock: deps.clock,
    requestId: c.get('requestId') ?? null,
  };
  c.set(
    'repo',
    new ClinicalRepository({
      ...identity,
      drafter: deps.drafter,
      maxTranscriptChars: deps.config.maxTranscriptChars,
    }),
  );
  c.set('admin', new AdminRepository(identity));
  await next();
};

/**
 * Refuses a role the routes below do not allow, before their input is validated, and audits the
 * refusal (a staff member trying to sign is on record). The repository checks the same again.
 */
export const allow =
  (...roles: Role[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const user = c.get('user');
    if (!roles.includes(user.role)) {
      const deps = c.get('deps');
      await recordDenial(
        { db: deps.db, user, clock: deps.clock, requestId: c.get('requestId') ?? null },
        { action: 'access.refused', entityType: 'route', entityId: `${c.req.method} ${c.req.path}` },
        deps.clock(),
        null,
      );
      throw new AppError('forbidden', `This action needs the ${roles.join(' or ')} role`);
    }
    await next();
  };
