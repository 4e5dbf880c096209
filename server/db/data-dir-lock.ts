import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors.js';

/**
 * One process at a time may open a PGlite folder: PGlite is an embedded database, so a second
 * process would work on its own copy of the files (a user created there vanishes when the server
 * writes its state back). The lock file names its holder by pid and process start time, so a lock
 * left by a killed process, or by a pid since reused, is recognised as stale and taken over.
 */
export interface LockHolder {
  pid: number;
  /** The holder's start time as the OS reports it (Linux: clock ticks since boot); null where unknown. */
  processStart: string | null;
  startedAt: string;
  command: string;
}

export interface DataDirLock {
  path: string;
  release(): void;
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces); null where /proc is absent. */
function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The OS start time of process `pid` (stat field 22), to tell a live holder from a reused pid. */
export const processStartOf = (pid: number): string | null => procStat(pid)?.[19] ?? null;

/** Whether the process that wrote `holder` still runs (not a zombie, not a pid since reused). */
export function isAlive(holder: Pick<LockHolder, 'pid' | 'processStart'>): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = procStat(holder.pid);
  // A killed process not yet reaped by its parent is a zombie: it holds nothing.
  if (stat?.[0] === 'Z') return false;
  const now = stat?.[19] ?? null;
  return holder.processStart === null || now === null || now === holder.processStart;
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Takes the lock at `lockPath` for this process, or throws `conflict` naming the live holder. */
export function acquireDataDirLock(lockPath: string, dataDir: string): DataDirLock {
  const me: LockHolder = {
    pid: process.pid,
    processStart: processStartOf(process.pid),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1, 3).join(' '),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      const release = () => {
        if (readHolder(lockPath)?.pid === me.pid) rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      // A normal exit (even without close) frees the folder; a crash leaves a stale lock, taken over next time.
      process.on('exit', release);
      return { path: lockPath, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(lockPath);
    if (holder && holder.pid !== process.pid && isAlive(holder)) {
      throw new AppError(
        'conflict',
        `The database folder ${dataDir} is in use by another Scribe process (pid ${holder.pid}, ${holder.command}, since ${holder.startedAt}). ` +
          'PGlite allows one process per folder: stop that process first, or use the running server (for users: the admin panel or POST /users).',
        { details: { lockHolderPid: holder.pid, lockPath } },
      );
    }
    if (holder?.pid === process.pid) {
      throw new AppError('conflict', `The database folder ${dataDir} is already open in this process`);
    }
    // Stale (its process is gone) or unreadable (a crash mid-write): remove it and try again.
    rmSync(lockPath, { force: true });
  }
  throw new AppError('conflict', `Could not lock the database folder ${dataDir}; try again`);
}
