import { AppError } from '../../shared/errors.js';
import type { AppDeps } from '../app-env.js';
import { type LoginResult, login } from '../auth/auth.service.js';
import { claimLoginAttempt } from '../security/login-rate-limit.js';
import { perform, recordDenial } from './unit-of-work.js';

export interface SignInRequest {
  email: string;
  password: string;
  totp?: string;
}

/**
 * Signs in, throttled per account and address: a new session audited as `auth.login`, or a wrong
 * credential audited as denied (nobody signed in yet, so no actor). Only a wrong credential counts
 * as a failed attempt; a missing second factor or an outage does not.
 */
export async function signIn(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  input: SignInRequest,
  request: { ip: string; requestId: string | null },
): Promise<LoginResult> {
  const { db, config, clock } = deps;
  const attempt = await claimLoginAttempt(db, { account: input.email, ip: request.ip }, clock());
  let result: LoginResult;
  try {
    result = await login(db, config, clock(), input.email, input.password, input.totp);
  } catch (e) {
    if (e instanceof AppError && e.code === 'invalid_credentials')
      await recordDenial(
        { db, user: null, requestId: request.requestId },
        { action: 'auth.login', entityType: 'session' },
        clock(),
        null,
      );
    else await attempt.release();
    throw e;
  }
  await attempt.succeeded();
  const { user, sessionId } = result;
  return perform(
    {
      db,
      clock,
      requestId: request.requestId,
      user: { id: user.id, role: user.role, email: user.email, displayName: user.displayName, sessionId },
    },
    { action: 'auth.login', entityType: 'session', entityId: sessionId },
    (w) => w.audited(result),
  );
}
