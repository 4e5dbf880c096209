import { randomBytes } from 'node:crypto';
import type { Db } from './db/client.js';
import { createUserAsOperator } from './users/operator-user.js';
import { countUsers } from './users/users.service.js';

export interface FirstRunCredentials {
  email: string;
  password: string;
  role: 'admin' | 'clinician';
}

const newPassword = () => randomBytes(12).toString('base64url');

/**
 * On an empty database, creates an admin and a demo clinician with random one-time passwords and
 * returns them so start-up can print them once (each creation audited as the operator's). Returns [] when any user exists.
 */
export async function ensureFirstRunUsers(db: Db): Promise<FirstRunCredentials[]> {
  if ((await countUsers(db)) > 0) return [];
  const creds: FirstRunCredentials[] = [
    { email: 'admin@scribe.local', password: newPassword(), role: 'admin' },
    { email: 'clinician@scribe.local', password: newPassword(), role: 'clinician' },
  ];
  for (const c of creds) {
    await createUserAsOperator(
      db,
      {
        email: c.email,
        password: c.password,
        role: c.role,
        displayName: c.role === 'admin' ? 'Administrator' : 'Demo Clinician',
      },
      'first-run',
    );
  }
  return creds;
}
