import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the product (`npm start`'s program) on a free port and waits for its banner. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const { DATABASE_URL: _inherited, ...base } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
    env: { ...base, ...env, PORT: '0', SKIP_EXTENSION_BUILD: '1', AUTO_IMPORT_CODES: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const started = Date.now();
  while (!/Extension: /.test(out)) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${out}`);
    if (Date.now() - started > 90_000) throw new Error(`the server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = /Scribe server: (http:\/\/\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`no URL in the banner:\n${out}`);
  return { child, url, output: () => out };
}

/** The one-time passwords the first start prints. */
export const firstRunPassword = (output: string, email: string): string => {
  const m = new RegExp(`${email.replace('.', '\\.')}\\s+password: (\\S+)`).exec(output);
  if (!m?.[1]) throw new Error(`no first-run password for ${email}`);
  return m[1];
};

/** Stops a server as Ctrl-C would (SIGTERM: it closes the database and removes its server.json). */
export async function stopServerProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

export const killHard = (child: ChildProcess): Promise<void> => stopServerProcess(child, 'SIGKILL');
