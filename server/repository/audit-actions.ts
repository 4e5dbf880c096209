/** Every action the clinical and admin repositories audit. A new action is added here first. */
export const repositoryAuditActions = [
  /** A role the route does not allow (entity: the route). */
  'access.refused',
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
  'breakglass.grant',
  'breakglass.use',
  'template.create',
  'template.version',
  'template.publish',
  'user.create',
  'user.update',
  'user.password_reset',
] as const;

export type RepositoryAuditAction = (typeof repositoryAuditActions)[number];

export type AuditEntityType = 'patient' | 'encounter' | 'note' | 'template' | 'user' | 'route';
