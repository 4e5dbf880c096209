import type { SyncState } from '../../lib/db/scribe-db.js';

/** What the upload queue says of one item (the encounter, or one segment) of a stopped recording. */
export interface UploadItem {
  sync: SyncState;
  /** Set while the item's last upload attempt failed (the queue clears it once the item is on). */
  lastErrorCode?: string;
}

/** After Stop: draft on the server (`synced`), keep waiting for uploads (`wait`), or draft here. */
export type ServerWait = 'synced' | 'wait' | 'device';

/** A failed upload gets this long from Stop for its retry before the note is drafted here. */
export const UNREACHABLE_GRACE_MS = 8000;
/** Uploads that neither finish nor fail (a server that accepts and never answers) get this long. */
export const NO_ANSWER_MS = 120_000;

/**
 * Whether Stop can draft the note on the server yet. It waits until the encounter and every segment
 * are there, as long as the server is answering: on a loaded computer the last segments reach a
 * reachable server tens of seconds after Stop, and drafting on the device then would tell the
 * clinician the note is "kept on this computer" while the server is right there (and leave them to
 * open it by hand once it syncs). It drafts here when an upload has failed and its retry did not
 * get through within {@link UNREACHABLE_GRACE_MS}, or after {@link NO_ANSWER_MS} without an answer.
 */
export function serverWait(
  items: { encounter: UploadItem | undefined; segments: readonly UploadItem[] },
  sinceStopMs: number,
): ServerWait {
  const pending = [items.encounter, ...items.segments].filter((i) => i?.sync === 'pending');
  if (pending.length === 0) return 'synced';
  const failing = pending.some((i) => i?.lastErrorCode !== undefined);
  if (failing && sinceStopMs >= UNREACHABLE_GRACE_MS) return 'device';
  return sinceStopMs >= NO_ANSWER_MS ? 'device' : 'wait';
}
