import type { CreateUserRequest, User } from '../../shared/api/auth.js';
import type { OrgSettings, OrgSettingsResponse } from '../../shared/api/org-settings.js';
import type { Template } from '../../shared/api/templates.responses.js';
import type { UserList } from '../../shared/api/users.responses.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import { AppError } from '../../shared/errors.js';
import { type AuditFilter, queryAudit } from '../audit/audit.service.js';
import { exportCheckpoint } from '../audit/audit-checkpoints.js';
import { verifyAuditChain } from '../audit/audit-verify.js';
import { revokeAllSessions } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import type { IdempotencyRequest } from '../http/idempotency.js';
import { readOrgSettings, saveOrgSettings } from '../org-settings/org-settings.service.js';
import { type BreakGlassRequest, grantBreakGlass } from '../security/break-glass.service.js';
import {
  addTemplateVersion,
  createTemplate,
  listTemplates,
  publishTemplateVersion,
  readTemplate,
} from '../templates/templates.service.js';
import { toUserDto } from '../users/users.dto.js';
import { createUser, listUsers, setPasswordHash, updateUser, userById } from '../users/users.service.js';
import { type Created, perform, performCreate, type RequestIdentity } from './unit-of-work.js';

/**
 * Administration for one request's user: templates (everyone reads published ones; admins write),
 * users and break-glass grants (admins). Writes are audited like the clinical repository's.
 */
export class AdminRepository {
  constructor(private readonly identity: RequestIdentity) {}

  private get isAdmin() {
    return this.identity.user.role === 'admin';
  }

  private requireAdmin() {
    if (!this.isAdmin) throw new AppError('forbidden', 'This action needs the admin role');
  }

  // --- templates (no patient data: reads are not audited) -----------------------------------------

  listTemplates(): Promise<{ templates: Template[] }> {
    return listTemplates(this.identity.db, this.isAdmin).then((templates) => ({ templates }));
  }

  // --- organisation settings (not PHI: reads are not audited, changes are) -------------------------

  readOrgSettings(): Promise<OrgSettingsResponse> {
    return readOrgSettings(this.identity.db);
  }

  saveOrgSettings(settings: OrgSettings, expectedVersion?: number): Promise<OrgSettingsResponse> {
    this.requireAdmin();
    return perform(this.identity, { action: 'org_settings.update', entityType: 'org_settings' }, async (w) =>
      w.audited(await saveOrgSettings(w.tx, settings, w.user.id, w.now, expectedVersion)),
    );
  }

  readTemplate(id: string): Promise<Template> {
    return readTemplate(this.identity.db, id, this.isAdmin);
  }

  createTemplate(
    key: string,
    body: TemplateBody,
    idempotency?: IdempotencyRequest,
  ): Promise<Created<Template>> {
    this.requireAdmin();
    return performCreate(
      this.identity,
      { action: 'template.create', entityType: 'template' },
      idempotency,
      async (w) => {
        const created = await createTemplate(w.tx, key, body, w.user.id);
        return w.audited(created, { entityId: created.id });
      },
      (w, id) => readTemplate(w.tx, id, true).then((t) => w.audited(t, { entityId: id })),
    );
  }

  addTemplateVersion(id: string, body: TemplateBody) {
    this.requireAdmin();
    return perform(
      this.identity,
      { action: 'template.version', entityType: 'template', entityId: id },
      async (w) => w.audited(await addTemplateVersion(w.tx, id, body, w.user.id)),
    );
  }

  publishTemplateVersion(id: string, version: number) {
    this.requireAdmin();
    return perform(
      this.identity,
      { action: 'template.publish', entityType: 'template', entityId: id },
      async (w) => w.audited(await publishTemplateVersion(w.tx, id, version, w.now)),
    );
  }

  // --- users --------------------------------------------------------------------------------------

  async listUsers(): Promise<UserList> {
    this.requireAdmin();
    return { users: (await listUsers(this.identity.db)).map(toUserDto) };
  }

  createUser(input: CreateUserRequest, idempotency?: IdempotencyRequest): Promise<Created<User>> {
    this.requireAdmin();
    return performCreate(
      this.identity,
      { action: 'user.create', entityType: 'user' },
      idempotency,
      async (w) => {
        const user = toUserDto(await createUser(w.tx, input));
        return w.audited(user, { entityId: user.id });
      },
      async (w, id) => w.audited(toUserDto(await userById(w.tx, id)), { entityId: id }),
    );
  }

  /** Changes name, role or active state; deactivation ends the user's sessions. */
  updateUser(id: string, patch: { displayName?: string; role?: User['role']; active?: boolean }) {
    this.requireAdmin();
    if (id === this.identity.user.id && (patch.active === false || (patch.role && patch.role !== 'admin')))
      throw new AppError('conflict', 'You cannot deactivate or demote your own account');
    return perform(this.identity, { action: 'user.update', entityType: 'user', entityId: id }, async (w) => {
      const updated = await updateUser(w.tx, id, patch, w.now);
      if (patch.active === false) await revokeAllSessions(w.tx, id, w.now);
      return w.audited(toUserDto(updated));
    });
  }

  /** Sets a new password and ends every session of that user. */
  async resetPassword(id: string, password: string): Promise<void> {
    this.requireAdmin();
    const passwordHash = await hashPassword(password);
    await perform(
      this.identity,
      { action: 'user.password_reset', entityType: 'user', entityId: id },
      async (w) => {
        await setPasswordHash(w.tx, id, passwordHash, w.now);
        await revokeAllSessions(w.tx, id, w.now);
        return w.audited(undefined);
      },
    );
  }

  // --- break-glass --------------------------------------------------------------------------------

  /** Lets a clinician read one encounter for a limited time; audited with severity high. */
  grantBreakGlass(req: BreakGlassRequest) {
    this.requireAdmin();
    return perform(
      this.identity,
      { action: 'breakglass.grant', entityType: 'encounter', entityId: req.encounterId },
      async (w) => {
        const grant = await grantBreakGlass(w.tx, w.user.id, req, w.now);
        return w.audited(
          {
            id: grant.id,
            userId: grant.userId,
            encounterId: grant.encounterId,
            grantedBy: grant.grantedBy,
            createdAt: grant.createdAt.toISOString(),
            expiresAt: grant.expiresAt.toISOString(),
          },
          { patientId: grant.patientId, severity: 'high' },
        );
      },
    );
  }

  // --- the audit log (admins; reading it is itself audited) ----------------------------------------

  /** Events matching `filter`; audited as a read, or as an export when `as` says so. */
  readAuditLog(filter: AuditFilter, as: 'audit.read' | 'audit.export') {
    this.requireAdmin();
    return perform(this.identity, { action: as, entityType: 'audit' }, async (w) =>
      w.audited(await queryAudit(w.tx, filter)),
    );
  }

  /** Verifies the chains (in their own read-only snapshot), then audits that it was done. */
  async verifyAuditLog() {
    this.requireAdmin();
    const report = await verifyAuditChain(this.identity.db);
    return perform(this.identity, { action: 'audit.verify', entityType: 'audit' }, (w) => w.audited(report));
  }

  /** A fresh signed checkpoint to keep off this server; conflict when the log is still empty. */
  async exportAuditCheckpoint() {
    this.requireAdmin();
    const checkpoint = await exportCheckpoint(this.identity.db, this.identity.clock());
    await perform(this.identity, { action: 'audit.checkpoint.export', entityType: 'audit' }, (w) =>
      w.audited(undefined),
    );
    if (!checkpoint) throw new AppError('conflict', 'The audit log is empty: nothing to checkpoint yet');
    return checkpoint;
  }
}
