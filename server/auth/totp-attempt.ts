import type { Context } from 'hono';
import { AppError, isAppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { audit } from '../audit/audit-context.js';
import type { users } from '../db/schema/index.js';
import { clientIp } from '../security/client-ip.js';
import { claimLoginAttempt } from '../security/login-rate-limit.js';
import { acceptTotp } from './auth.service.js';

type TotpAction = 'auth.totp.enable' | 'auth.totp.disable';

/**
 * Checks the signed-in user's TOTP code for `action` like a sign-in attempt: at most 5 wrong codes
 * per user (and 20 per address, shared with sign-in) in 15 minutes, every wrong code and every
 * refused attempt audited as denied. Without it a stolen session could guess all 10^6 codes.
 */
export async function checkTotpAttempt(
  c: Context<AppEnv>,
  action: TotpAction,
  user: Pick<typeof users.$inferSelect, 'id' | 'totpSecret' | 'totpLastStep'>,
  code: string,
): Promise<void> {
  const deps = c.get('deps');
  const denied = (what: AuditAction) =>
    audit(c, deps.db, {
      action: what,
      entityType: 'user',
      entityId: user.id,
      outcome: 'denied',
      severity: 'high',
    });
  let attempt: Awaited<ReturnType<typeof claimLoginAttempt>>;
  try {
    attempt = await claimLoginAttempt(
      deps.db,
      { account: `totp:${user.id}`, ip: clientIp(c, deps.config.trustProxy ?? false) },
      deps.clock(),
    );
  } catch (e) {
    if (isAppError(e) && e.code === 'rate_limited') await denied(`${action}.throttled`);
    throw e;
  }
  if (!(await acceptTotp(deps.db, deps.config, user, code, deps.clock()))) {
    await denied(action);
    throw new AppError('unprocessable', 'That code is not valid; enter the current one');
  }
  await attempt.succeeded();
}
