import type { CodeStatus } from '../../shared/clinical/codes.js';

/**
 * Every action the audit log records: a closed union, so a report can list them and a typo does
 * not create a new kind of event. Add new actions here.
 */
export type AuditAction =
  | 'audit.read'
  | 'audit.export'
  | 'audit.verify'
  | 'audit.checkpoint.export'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.password.change'
  | 'auth.totp.setup'
  | 'auth.totp.enable'
  | 'auth.totp.disable'
  | 'breakglass.grant'
  | 'breakglass.use'
  | 'encounter.create'
  | 'encounter.list'
  | 'encounter.read'
  | 'encounter.complete'
  | 'note.create'
  | 'note.list'
  | 'note.read'
  | 'note.read.integrity_broken'
  | 'note.edit'
  | 'note.sign'
  | 'note.addendum'
  | 'note.versions'
  | 'note.version.read'
  | `note.code.${CodeStatus}`
  | `note.draft.${'offline' | 'llm'}`
  | `note.export.${'text' | 'markdown' | 'fhir'}`
  | 'patient.lookup'
  | 'patient.upsert'
  | 'template.create'
  | 'template.version'
  | 'template.publish'
  | 'transcript.append'
  | 'transcript.read'
  | 'user.create'
  | 'user.update'
  | 'user.password_reset';

export type AuditOutcome = 'success' | 'denied' | 'error';
export type AuditSeverity = 'normal' | 'high';

/** One event as a caller states it; the chain fields (shard, seq, hashes, key id) are added on append. */
export interface AuditEvent {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  patientId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  severity?: AuditSeverity;
}
