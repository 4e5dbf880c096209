import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { Executor } from '../db/client.js';
import { recordAudit } from './audit.service.js';
import type { AuditAction } from './audit-actions.js';

export interface AuditWhat {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  patientId?: string | null;
  outcome?: 'success' | 'denied' | 'error';
  severity?: 'normal' | 'high';
}

/** Records an audit event for the signed-in user of this request, inside `tx`. */
export const audit = (c: Context<AppEnv>, tx: Executor, what: AuditWhat): Promise<void> => {
  const user = c.get('user') as AppEnv['Variables']['user'] | undefined;
  return recordAudit(tx, {
    at: c.get('deps').clock(),
    actorId: user?.id ?? null,
    actorRole: user?.role ?? null,
    action: what.action,
    entityType: what.entityType,
    entityId: what.entityId ?? null,
    patientId: what.patientId ?? null,
    outcome: what.outcome ?? 'success',
    requestId: c.get('requestId') ?? null,
    severity: what.severity ?? 'normal',
  });
};
