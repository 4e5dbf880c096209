import { AppError, isAppError } from '../../shared/errors.js';
import type { AuthUser } from '../app-env.js';
import { accountRow, setTotpEnabled, storeTotpSecret } from '../auth/account.service.js';
import { acceptTotp, revokeOtherSessions, revokeSession } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { newTotpSecret, otpauthUri } from '../auth/totp.js';
import { sealTotpSecret } from '../auth/totp-secret.js';
import type { users } from '../db/schema/index.js';
import type { AppConfig } from '../env.js';
import { claimLoginAttempt } from '../security/login-rate-limit.js';
import { setPasswordHash } from '../users/users.service.js';
import type { RepositoryAuditAction } from './audit-actions.js';
import { perform, type RequestIdentity, recordDenial } from './unit-of-work.js';

/** Who asks, plus what account security needs: the config (TOTP key) and the client's address. */
export interface AccountIdentity extends RequestIdentity {
  config: AppConfig;
  ip: string;
}

type TotpAction = 'auth.totp.enable' | 'auth.totp.disable';

/**
 * The signed-in user's own account: sign-out, password and second factor. Each change is one unit of
 * work audited like the clinical repository's; each refused attempt (wrong password, wrong or
 * throttled code) is audited as denied.
 */
export class AccountRepository {
  constructor(private readonly identity: AccountIdentity) {}

  private get user(): AuthUser {
    return this.identity.user;
  }

  private denied(action: RepositoryAuditAction, severity: 'normal' | 'high' = 'normal') {
    return recordDenial(
      this.identity,
      { action, entityType: 'user', entityId: this.user.id },
      this.identity.clock(),
      null,
      severity,
    );
  }

  /** Ends this session. */
  signOut(): Promise<void> {
    const sessionId = this.user.sessionId;
    return perform(
      this.identity,
      { action: 'auth.logout', entityType: 'session', entityId: sessionId },
      async (w) => {
        await revokeSession(w.tx, sessionId, w.now);
        return w.audited(undefined);
      },
    );
  }

  /** Changes the password and ends the user's other sessions; a wrong current password counts as a failed sign-in. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const me = this.user;
    // Guessing the current password with a stolen session is a sign-in attempt like any other.
    const attempt = await claimLoginAttempt(
      this.identity.db,
      { account: me.email, ip: this.identity.ip },
      this.identity.clock(),
    );
    const row = await accountRow(this.identity.db, me.id);
    if (!(await verifyPassword(currentPassword, row.passwordHash))) {
      await this.denied('auth.password.change');
      throw new AppError('invalid_credentials', 'The current password is incorrect');
    }
    await attempt.succeeded();
    const passwordHash = await hashPassword(newPassword);
    await perform(
      this.identity,
      { action: 'auth.password.change', entityType: 'user', entityId: me.id },
      async (w) => {
        await setPasswordHash(w.tx, me.id, passwordHash, w.now);
        await revokeOtherSessions(w.tx, me.id, me.sessionId, w.now);
        return w.audited(undefined);
      },
    );
  }

  /** Starts enrolment: a new secret, shown once, on until `enableTotp` proves the app has it. */
  setupTotp(): Promise<{ secret: string; otpauthUri: string }> {
    const me = this.user;
    const secret = newTotpSecret();
    return perform(
      this.identity,
      { action: 'auth.totp.setup', entityType: 'user', entityId: me.id },
      async (w) => {
        await storeTotpSecret(w.tx, me.id, sealTotpSecret(secret, this.identity.config.totpEncryptionKey));
        return w.audited({ secret, otpauthUri: otpauthUri(secret, me.email) });
      },
    );
  }

  async enableTotp(code: string): Promise<{ totpEnabled: true }> {
    const row = await accountRow(this.identity.db, this.user.id);
    if (!row.totpSecret) throw new AppError('conflict', 'Start with POST /me/totp/setup');
    if (row.totpEnabled) throw new AppError('conflict', 'Two-step sign-in is already on');
    await this.checkTotp('auth.totp.enable', row, code);
    await this.switchTotp('auth.totp.enable', true);
    return { totpEnabled: true };
  }

  async disableTotp(code: string): Promise<{ totpEnabled: false }> {
    const row = await accountRow(this.identity.db, this.user.id);
    if (!row.totpEnabled) throw new AppError('conflict', 'Two-step sign-in is not on');
    await this.checkTotp('auth.totp.disable', row, code);
    await this.switchTotp('auth.totp.disable', false);
    return { totpEnabled: false };
  }

  private switchTotp(action: TotpAction, enabled: boolean): Promise<void> {
    return perform(this.identity, { action, entityType: 'user', entityId: this.user.id }, async (w) => {
      await setTotpEnabled(w.tx, this.user.id, enabled);
      return w.audited(undefined, { severity: 'high' });
    });
  }

  /**
   * Checks a TOTP code like a sign-in attempt: at most 5 wrong codes per user (and 20 per address,
   * shared with sign-in) in 15 minutes, every wrong code and every refused attempt audited as denied
   * (high). Without it a stolen session could guess all 10^6 codes.
   */
  private async checkTotp(
    action: TotpAction,
    row: Pick<typeof users.$inferSelect, 'id' | 'totpSecret' | 'totpLastStep'>,
    code: string,
  ): Promise<void> {
    const now = this.identity.clock();
    let attempt: Awaited<ReturnType<typeof claimLoginAttempt>>;
    try {
      attempt = await claimLoginAttempt(
        this.identity.db,
        { account: `totp:${row.id}`, ip: this.identity.ip },
        now,
      );
    } catch (e) {
      if (isAppError(e) && e.code === 'rate_limited') await this.denied(`${action}.throttled`, 'high');
      throw e;
    }
    if (!(await acceptTotp(this.identity.db, this.identity.config, row, code, now))) {
      await this.denied(action, 'high');
      throw new AppError('unprocessable', 'That code is not valid; enter the current one');
    }
    await attempt.succeeded();
  }
}
