import type { AuditAction } from '../audit/audit-actions.js';

/** The actions the clinical and admin repositories audit: the audit log's one list (server/audit). */
export type RepositoryAuditAction = AuditAction;

export type AuditEntityType =
  | 'patient'
  | 'encounter'
  | 'note'
  | 'template'
  | 'user'
  | 'session'
  | 'audit'
  | 'route'
  | 'org_settings';
