import type { Context } from 'hono';
import type { AppEnv, AuthUser } from '../app-env.js';
import { type AuditWhat, audit } from '../audit/audit-context.js';
import type { Executor } from '../db/client.js';

/** What a note service function returns: its response and the patient the audit event names. */
export interface NoteCallResult<T> {
  patientId: string;
  dto: T;
}

/**
 * One transaction: the service call `(tx, user, now)`, then its audit event on the note (the
 * action may depend on the result). The shape the clinical repository will take over.
 */
export function auditedNoteCall<T, R extends NoteCallResult<T>>(
  c: Context<AppEnv>,
  noteId: string,
  call: (tx: Executor, user: AuthUser, now: Date) => Promise<R>,
  what: (result: R) => Pick<AuditWhat, 'action' | 'severity'>,
): Promise<T> {
  return c.get('db').transaction(async (tx) => {
    const result = await call(tx, c.get('user'), c.get('deps').clock());
    await audit(c, tx, {
      ...what(result),
      entityType: 'note',
      entityId: noteId,
      patientId: result.patientId,
    });
    return result.dto;
  });
}
