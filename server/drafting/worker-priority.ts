import { getPriority, setPriority } from 'node:os';

/** How much nicer a drafting worker thread is than the server: below the event loop, which answers every other request. */
export const DRAFT_WORKER_NICENESS = 10;
const LOWEST = 19;

/**
 * Lowers the calling thread's CPU priority. On Linux the nice value belongs to each thread, so this
 * lowers only the drafting worker: with one worker per core, drafting uses every idle core while
 * note reads and uploads on the event loop still get a core the moment they need one. Elsewhere
 * (macOS, Windows) it would lower the whole server, so it does nothing there.
 */
export function lowerThisThreadsPriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // A new thread starts at its creator's nice value.
    setPriority(Math.min(LOWEST, getPriority() + DRAFT_WORKER_NICENESS));
    return true;
  } catch {
    // Not permitted (a sandbox): drafting still works, at the event loop's priority.
    return false;
  }
}
