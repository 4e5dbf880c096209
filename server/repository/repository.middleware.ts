import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../shared/api/auth.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { clientIp } from '../security/client-ip.js';
import { AccountRepository } from './account-repository.js';
import { AdminRepository } from './admin-repository.js';
import { ClinicalRepository } from './clinical-repository.js';
import { type RequestIdentity, recordDenial } from './unit-of-work.js';

/** The signed-in user of this request, with its database, clock and request id. */
const requestIdentity = (c: Context<AppEnv>): RequestIdentity => {
  const deps = c.get('deps');
  return { db: deps.db, user: c.get('user'), clock: deps.clock, requestId: c.get('requestId') ?? null };
};

/** Creates this request's repositories for the signed-in user: routes reach data only through them. */
export const withRepositories = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const deps = c.get('deps');
  const identity = requestIdentity(c);
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

/** The signed-in user's own account (sign-out, password, second factor), for this request. */
export const accountOf = (c: Context<AppEnv>): AccountRepository => {
  const { config } = c.get('deps');
  return new AccountRepository({
    ...requestIdentity(c),
    config,
    ip: clientIp(c, config.trustProxy ?? false),
  });
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
      await recordDenial(
        requestIdentity(c),
        { action: 'access.refused', entityType: 'route', entityId: `${c.req.method} ${c.req.path}` },
        c.get('deps').clock(),
        null,
      );
      throw new AppError('forbidden', `This action needs the ${roles.join(' or ')} role`);
    }
    await next();
  };
