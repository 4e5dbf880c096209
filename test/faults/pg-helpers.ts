import { execFileSync, spawnSync } from 'node:child_process';

/** The Debian cluster the tests use, or why fault tests that stop it cannot run here. */
export function postgresCluster(): { version: string; name: string } | { skip: string } {
  if (!process.env.TEST_DATABASE_URL) return { skip: 'TEST_DATABASE_URL is not set' };
  if (spawnSync('which', ['pg_ctlcluster']).status !== 0) return { skip: 'pg_ctlcluster is not installed' };
  if (process.getuid?.() !== 0) return { skip: 'stopping PostgreSQL needs root (CI runs as root)' };
  const port = new URL(process.env.TEST_DATABASE_URL).port || '5432';
  const line = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((cols) => cols[2] === port);
  if (!line?.[0] || !line[1]) return { skip: `no local cluster on port ${port}` };
  return { version: line[0], name: line[1] };
}

export function pgCtl(cluster: { version: string; name: string }, action: 'start' | 'stop'): void {
  const args = [cluster.version, cluster.name, action, ...(action === 'stop' ? ['--', '-m', 'fast'] : [])];
  spawnSync('pg_ctlcluster', args, { stdio: 'ignore', timeout: 60_000 });
}

/** Waits until the server accepts connections (pg_isready), up to `timeoutMs`. */
export async function waitForPostgres(timeoutMs = 60_000): Promise<boolean> {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432');
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const ready = spawnSync('pg_isready', ['-h', url.hostname, '-p', url.port || '5432', '-q']);
    if (ready.status === 0) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
