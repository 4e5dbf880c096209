import { randomUUID } from 'node:crypto';
import type { CreateUserRequest } from '../../shared/api/auth.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/client.js';
import { createUser } from './users.service.js';

/** Who created a user with no one signed in: the server's first start, or the operator's CLI. */
export type OperatorChannel = 'first-run' | 'cli';

/**
 * Creates a user from the machine's console (no signed-in admin) and audits it in the same
 * transaction, as actor role `operator` with a request id naming the channel, so the audit log shows
 * every account's origin, including those made before any admin existed.
 */
export async function createUserAsOperator(
  db: Database['db'],
  input: CreateUserRequest,
  via: OperatorChannel,
) {
  return db.transaction(async (tx) => {
    const user = await createUser(tx, input);
    await recordAudit(tx, {
      at: new Date(),
      actorId: null,
      actorRole: 'operator',
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      patientId: null,
      outcome: 'success',
      requestId: `${via}:${randomUUID()}`,
    });
    return user;
  });
}
