import { openDatabaseFromEnv } from '../database-from-env.js';
import { loadEnv } from '../env.js';

/** `npm run db:migrate`: applies the committed migrations to the configured database. */
try {
  const env = loadEnv();
  const database = await openDatabaseFromEnv(env);
  await database.migrate();
  await database.close();
  console.log(`Migrations applied (${database.kind}).`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
