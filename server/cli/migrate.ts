import { loadEnv } from '../env.js';
import { openDatabaseForCli } from './cli-database.js';

/** `npm run db:migrate`: applies the committed migrations to the configured database. */
try {
  const env = loadEnv();
  const database = await openDatabaseForCli(
    env,
    'db:migrate',
    'The server applied every migration when it started; restart it to apply newer ones (it migrates at start).',
  );
  await database.migrate();
  await database.close();
  console.log(`Migrations applied (${database.kind}).`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
