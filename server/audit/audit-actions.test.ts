import { describe, expect, it } from 'vitest';
import type { RepositoryAuditAction } from '../repository/audit-actions.js';
import { type AuditEvent, auditActions } from './audit-actions.js';

/**
 * Audit actions are one closed union: a typo or an unlisted action is a compile error
 * (`npm run typecheck` fails on an unused @ts-expect-error once the type admits any string).
 */
describe('audit actions are a typed union', () => {
  it('an action outside the list does not type-check, for the log and for the repositories', () => {
    // @ts-expect-error 'note.raed' is a typo, not an audit action
    const typo: AuditEvent['action'] = 'note.raed';
    // @ts-expect-error the repositories audit the same closed list
    const unlisted: RepositoryAuditAction = 'patient.rename';
    expect(auditActions).not.toContain(typo);
    expect(auditActions).not.toContain(unlisted);
  });

  it('lists every action once, each a dotted lower-case name', () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    for (const action of auditActions) expect(action).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
  });
});
