/**
 * Every action the audit log records: one closed list, so a report can list them and a typo does
 * not create a new kind of event. A new action is added here first.
 */
export const auditActions = [
  'audit.read',
  'audit.export',
  'audit.verify',
  'audit.checkpoint.export',
  /** A role the route does not allow (entity: the route). */
  'access.refused',
  'auth.login',
  'auth.logout',
  'auth.password.change',
  'auth.totp.setup',
  'auth.totp.enable',
  'auth.totp.disable',
  /** A TOTP guess refused unchecked: the user's or the address's limit of wrong codes was reached. */
  'auth.totp.enable.throttled',
  'auth.totp.disable.throttled',
  'breakglass.grant',
  'breakglass.use',
  'patient.lookup',
  'patient.read',
  'patient.create',
  'patient.identity_complete',
  'patient.identity_update',
  'encounter.create',
  'encounter.list',
  'encounter.read',
  'encounter.complete',
  'transcript.append',
  'transcript.read',
  /** A clinician said who spoke a line the recorder could not label (or withdrew that correction). */
  'transcript.role_correct',
  'note.create',
  'note.list',
  'note.draft.offline',
  'note.draft.llm',
  'note.read',
  'note.read.integrity_broken',
  'note.edit',
  'note.sign',
  'note.addendum',
  'note.versions',
  'note.version.read',
  'note.code.accepted',
  'note.code.rejected',
  'note.code.suggested',
  'note.code_after_signing.accepted',
  'note.code_after_signing.rejected',
  'note.code_after_signing.suggested',
  'note.export.text',
  'note.export.markdown',
  'note.export.fhir',
  /** The note as text for an EHR field (status line first). */
  'note.export.ehr_text',
  /** A note put into an EHR field; denied (high) when the chart showed another patient. */
  'note.ehr_insert',
  /** A reasoned decision to insert into a chart that does not show the note's patient (high). */
  'note.ehr_insert.override',
  /** An insert made under such an override (high). */
  'note.ehr_insert.overridden',
  'template.create',
  'template.version',
  'template.publish',
  'user.create',
  'user.update',
  'user.password_reset',
  /** An admin changed the organisation's extension defaults (not PHI). */
  'org_settings.update',
] as const;

export type AuditAction = (typeof auditActions)[number];

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
