import { parseArgs } from 'node:util';
import { createUserRequestSchema } from '../../shared/api/auth.js';
import { openDatabaseFromEnv } from '../database-from-env.js';
import { loadEnv } from '../env.js';
import { createUser } from '../users/users.service.js';

/** `npm run user:create -- --email a@b.c --name "Dr A" --role clinician` (password from SCRIBE_PASSWORD or prompted). */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'clinician' },
  },
});

async function readPassword(): Promise<string> {
  if (process.env.SCRIBE_PASSWORD) return process.env.SCRIBE_PASSWORD;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('Password (12+ characters): ');
  rl.close();
  return answer;
}

try {
  const input = createUserRequestSchema.safeParse({
    email: values.email,
    displayName: values.name ?? values.email,
    role: values.role,
    password: await readPassword(),
  });
  if (!input.success) {
    console.error(
      `Invalid user:\n${input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(2);
  }
  const env = loadEnv();
  const database = await openDatabaseFromEnv(env);
  await database.migrate();
  const user = await createUser(database.db, input.data);
  await database.close();
  console.log(`Created ${user.role} ${user.email} (${user.id}).`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
