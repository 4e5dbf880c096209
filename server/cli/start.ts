import { spawnSync } from 'node:child_process';
import { loadEnv } from '../env.js';
import { extensionBuilt, extensionDir, startServer } from '../main.js';

/** `npm start`: migrate the database, build the extension if needed, serve, and say what to do next. */
let env: ReturnType<typeof loadEnv>;
try {
  env = loadEnv();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
}

if (!env.SKIP_EXTENSION_BUILD && !extensionBuilt()) {
  console.log('Building the browser extension (first run)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0)
    console.error('The extension build failed; the server starts anyway. Run `npm run build:ext` to retry.');
}

try {
  const server = await startServer(env);
  const lines = [
    '',
    `Scribe server: ${server.url} (database: ${server.databaseKind}${server.databaseKind === 'pglite' ? `, data in ${env.DATA_DIR}` : ''})`,
    `Drafting: ${env.LLM_BASE_URL ? `LLM at ${new URL(env.LLM_BASE_URL).host} (offline drafter as fallback)` : 'offline drafter (no LLM configured)'}`,
    `Coding: ${server.codesLoaded ? 'ICD-10-CM codes loaded' : 'no ICD-10-CM codes loaded yet (run `npm run codes:import -- <icd10cm zip or order file>`)'}`,
    `Extension: load the unpacked folder ${extensionDir} in chrome://extensions (Developer mode → Load unpacked)`,
  ];
  if (server.firstRunCredentials.length > 0) {
    lines.push('', 'First run — these passwords are shown once; sign in and change them:');
    for (const c of server.firstRunCredentials)
      lines.push(`  ${c.role.padEnd(9)} ${c.email}  password: ${c.password}`);
  }
  console.log(lines.join('\n'));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  console.error(`Scribe could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
