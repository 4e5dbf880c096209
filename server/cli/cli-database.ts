import { AppError } from '../../shared/errors.js';
import { openDatabaseFromEnv } from '../database-from-env.js';
import type { Database } from '../db/client.js';
import type { Env } from '../env.js';
import { findRunningServer, type RunningServerInfo } from '../running-server.js';

/**
 * The server running on this CLI's PGlite folder, if any. PGlite is one process per folder: a
 * change a command makes beside the server is never seen by it and is lost when it next writes.
 * (On PostgreSQL every process shares the server's data, so commands work beside it.)
 */
export function serverOnSameData(env: Env): RunningServerInfo | null {
  if (env.DATABASE_URL) return null;
  const server = findRunningServer(env.DATA_DIR);
  return server?.databaseKind === 'pglite' ? server : null;
}

/** Why `npm run <command>` refuses beside `server`, and what to do instead. */
export const refusedBesideServer = (env: Env, server: RunningServerInfo, command: string, instead: string) =>
  new AppError(
    'conflict',
    `A Scribe server is running on ${env.DATA_DIR} (pid ${server.pid}, ${server.url}): npm run ${command} ` +
      `cannot open its database beside it. ${instead} ` +
      `Or stop the server (Ctrl-C in its terminal, or kill ${server.pid}) and run this again.`,
    { details: { serverPid: server.pid, serverUrl: server.url } },
  );

/** Opens the configured database for `npm run <command>`, or refuses while a server runs on it. */
export async function openDatabaseForCli(env: Env, command: string, instead: string): Promise<Database> {
  const server = serverOnSameData(env);
  if (server) throw refusedBesideServer(env, server, command, instead);
  return openDatabaseFromEnv(env);
}
