import { auditVerifyReport } from '../audit/audit-verify-report.js';
import { openDatabaseFromEnv } from '../database-from-env.js';
import { loadEnv } from '../env.js';

/** `npm run audit:verify`: walks the audit hash chain of the configured database; exit 1 if broken. */
try {
  const env = loadEnv();
  const database = await openDatabaseFromEnv(env);
  try {
    const { ok, message } = await auditVerifyReport(database.db);
    (ok ? console.log : console.error)(message);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await database.close();
  }
} catch (e) {
  console.error(`audit:verify could not run: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
}
