import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isAlive, processStartOf } from './db/data-dir-lock.js';

/**
 * A running server names itself in `<DATA_DIR>/server.json` (owner-only), so a CLI command on the
 * same data sends its change through the server's API (or refuses) instead of opening the database
 * beside it. The file holds no secret: the API still wants an admin's sign-in.
 */
const runningServerSchema = z.object({
  url: z.string().url(),
  pid: z.number().int(),
  processStart: z.string().nullable(),
  startedAt: z.string(),
  databaseKind: z.enum(['pglite', 'postgres']),
});
export type RunningServerInfo = z.infer<typeof runningServerSchema>;

export const runningServerFile = (dataDir: string) => path.resolve(dataDir, 'server.json');

/** The address a local CLI reaches a server on: a wildcard bind answers on loopback. */
export function localUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** Writes this process's server.json; the returned function (also run at exit) removes it if still ours. */
export function announceRunningServer(
  dataDir: string,
  server: Pick<RunningServerInfo, 'url' | 'databaseKind'>,
): () => void {
  const file = runningServerFile(dataDir);
  const me: RunningServerInfo = {
    ...server,
    pid: process.pid,
    processStart: processStartOf(process.pid),
    startedAt: new Date().toISOString(),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(me, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // an older file keeps its mode on overwrite
  const withdraw = () => {
    if (readRunningServer(file)?.pid === process.pid) rmSync(file, { force: true });
    process.off('exit', withdraw);
  };
  process.on('exit', withdraw);
  return withdraw;
}

function readRunningServer(file: string): RunningServerInfo | null {
  try {
    return runningServerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** The server that announced itself in `dataDir` and still runs; null when none (or it was killed). */
export function findRunningServer(dataDir: string): RunningServerInfo | null {
  const server = readRunningServer(runningServerFile(dataDir));
  return server && server.pid !== process.pid && isAlive(server) ? server : null;
}
