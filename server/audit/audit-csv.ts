import type { auditEvents } from '../db/schema/index.js';

type AuditRow = typeof auditEvents.$inferSelect;

const columns = [
  'id',
  'at',
  'actor_id',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'patient_id',
  'outcome',
  'severity',
  'request_id',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * leading = + - @ is prefixed with ' so a spreadsheet never evaluates a cell as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The audit report as CSV: ids, action names and outcomes only — the audit log holds no PHI text. */
export function auditCsv(rows: readonly AuditRow[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.id,
        r.at.toISOString(),
        r.actorId,
        r.actorRole,
        r.action,
        r.entityType,
        r.entityId,
        r.patientId,
        r.outcome,
        r.severity,
        r.requestId,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
