import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportCheckpoint, exportedCheckpointSchema } from '../audit/audit-checkpoints.js';
import { auditVerifyReport } from '../audit/audit-verify-report.js';
import { loadEnv } from '../env.js';
import { openDatabaseForCli } from './cli-database.js';

/**
 * `npm run audit:verify [-- --anchor <file>] [-- --export-checkpoint <file>]`: verifies the audit
 * chains, their heads and checkpoints (and an exported checkpoint kept elsewhere); exit 1 if
 * anything was tampered with. `--export-checkpoint` first writes a fresh signed checkpoint to <file>.
 */
try {
  const { values: args } = parseArgs({
    options: { anchor: { type: 'string' }, 'export-checkpoint': { type: 'string' } },
  });
  const anchor = args.anchor
    ? exportedCheckpointSchema.parse(JSON.parse(readFileSync(args.anchor, 'utf8')))
    : undefined;
  const env = loadEnv();
  const database = await openDatabaseForCli(
    env,
    'audit:verify',
    'Ask the server instead, as an admin: GET /audit/verify verifies the chains, POST /audit/checkpoints exports a signed checkpoint (verifying against a kept --anchor needs the server stopped).',
  );
  try {
    const { ok, message } = await auditVerifyReport(database.db, { anchor });
    (ok ? console.log : console.error)(message);
    process.exitCode = ok ? 0 : 1;
    const file = args['export-checkpoint'];
    if (file) {
      const checkpoint = await exportCheckpoint(database.db, new Date());
      if (!checkpoint) console.log('No audit events yet: nothing to export.');
      else {
        writeFileSync(file, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: 'w' });
        console.log(`Checkpoint #${checkpoint.id} written to ${file}: keep it off this server.`);
      }
    }
  } finally {
    await database.close();
  }
} catch (e) {
  console.error(`audit:verify could not run: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
}
