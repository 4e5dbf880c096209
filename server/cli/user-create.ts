import { parseArgs } from 'node:util';
import { type CreateUserRequest, createUserRequestSchema, userSchema } from '../../shared/api/auth.js';
import { openDatabaseFromEnv } from '../database-from-env.js';
import { loadEnv } from '../env.js';
import { createUserAsOperator } from '../users/operator-user.js';
import { refusedBesideServer, serverOnSameData } from './cli-database.js';
import { type AdminCredentials, adminSession } from './through-server.js';

/**
 * `npm run user:create -- --email a@b.c --name "Dr A" --role clinician` (password from
 * SCRIBE_PASSWORD or prompted). While a server runs on the same data (or with `--server <url>`) the
 * user is created through its API as the admin named by `--admin <email>` (password from
 * SCRIBE_ADMIN_PASSWORD or prompted, SCRIBE_ADMIN_TOTP for two-factor) or SCRIBE_ADMIN_TOKEN, and
 * audited as that admin; without one it refuses. With no server running it writes the database
 * itself and audits the creation as the operator's (actor role `operator`, request id `cli:…`).
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'clinician' },
    admin: { type: 'string' },
    server: { type: 'string' },
  },
});

async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question(question);
  rl.close();
  return answer;
}

/** The admin this command acts as on a server; null when none was named. */
async function adminCredentials(): Promise<AdminCredentials | null> {
  if (process.env.SCRIBE_ADMIN_TOKEN) return { token: process.env.SCRIBE_ADMIN_TOKEN };
  if (!values.admin) return null;
  const password = process.env.SCRIBE_ADMIN_PASSWORD ?? (await ask(`Password of ${values.admin}: `));
  const totp = process.env.SCRIBE_ADMIN_TOTP;
  return { email: values.admin, password, ...(totp ? { totp } : {}) };
}

const HOW_THROUGH_SERVER =
  'Create the user through it: add --admin <an admin’s email> (password from SCRIBE_ADMIN_PASSWORD or asked, ' +
  'SCRIBE_ADMIN_TOTP with two-factor) or set SCRIBE_ADMIN_TOKEN to an admin’s session token; ' +
  'or use the admin panel (Users).';

async function createThroughServer(url: string, credentials: AdminCredentials, input: CreateUserRequest) {
  const session = await adminSession(url, credentials);
  try {
    return await session.call('POST', '/users', userSchema, input);
  } finally {
    await session.close();
  }
}

try {
  const env = loadEnv();
  const running = serverOnSameData(env);
  const url = values.server ?? running?.url;
  const credentials = url ? await adminCredentials() : null;
  if (url && !credentials) {
    if (running) throw refusedBesideServer(env, running, 'user:create', HOW_THROUGH_SERVER);
    throw new Error(`--server needs an admin. ${HOW_THROUGH_SERVER}`);
  }
  const input = createUserRequestSchema.safeParse({
    email: values.email,
    displayName: values.name ?? values.email,
    role: values.role,
    password: process.env.SCRIBE_PASSWORD ?? (await ask('Password (12+ characters): ')),
  });
  if (!input.success) {
    console.error(
      `Invalid user:\n${input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(2);
  }
  if (url && credentials) {
    const user = await createThroughServer(url, credentials, input.data);
    console.log(`Created ${user.role} ${user.email} (${user.id}) through the server at ${url}.`);
  } else {
    const database = await openDatabaseFromEnv(env);
    await database.migrate();
    const user = await createUserAsOperator(database.db, input.data, 'cli');
    await database.close();
    console.log(`Created ${user.role} ${user.email} (${user.id}).`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
