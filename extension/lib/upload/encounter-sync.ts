import { isAppError } from '../../../shared/errors.js';
import type { LocalEncounter, LocalEncounterStore } from '../db/local-encounters.js';
import type { ScribeDb } from '../db/scribe-db.js';
import { backoffDelayMs } from './backoff.js';

/** What syncing local encounters needs from the API (ScribeApi has it). */
export interface EncounterSyncApi {
  createEncounter(request: LocalEncounter['request'], idempotencyKey: string): Promise<unknown>;
  draft(encounterId: string, templateKey: string, mode: 'offline'): Promise<{ note: { id: string } }>;
  completeEncounter(encounterId: string): Promise<unknown>;
}

const retriable = (e: unknown) =>
  !isAppError(e) || e.code === 'network_unavailable' || e.status >= 500 || e.status === 429;
const signedOut = (e: unknown) => isAppError(e) && e.status === 401;

/**
 * Creates on the server every encounter started on this device that is not there yet (the local id is
 * the Idempotency-Key, so a create whose answer was lost is not repeated). Returns the ids whose
 * segments must wait: not created yet, or refused.
 */
export async function syncEncounters(
  store: LocalEncounterStore,
  api: EncounterSyncApi,
  now: () => number = Date.now,
): Promise<Set<string>> {
  const holdBack = new Set<string>();
  for (const e of await store.all()) {
    if (e.sync === 'synced') continue;
    holdBack.add(e.id);
    if (e.sync === 'rejected' || e.nextAttemptAt > now()) continue;
    try {
      await api.createEncounter(e.request, e.id);
      await store.put({ ...e, sync: 'synced', lastErrorCode: undefined });
      holdBack.delete(e.id);
    } catch (error) {
      if (signedOut(error)) continue; // after sign-in
      const code = isAppError(error) ? error.code : 'network_unavailable';
      if (retriable(error)) {
        const attempts = e.attempts + 1;
        await store.put({
          ...e,
          attempts,
          nextAttemptAt: now() + backoffDelayMs(attempts, { baseMs: 1000, maxMs: 60_000 }),
          lastErrorCode: code,
        });
      } else {
        await store.put({ ...e, sync: 'rejected', lastErrorCode: code });
      }
    }
  }
  return holdBack;
}

/**
 * Drafts on the server the notes that were drafted on this device while it was unreachable, once the
 * encounter and all its segments are there: the server's offline drafter (the same rules) writes the
 * note's first version. Returns the encounters whose note now exists on the server.
 */
export async function syncDeviceDrafts(db: ScribeDb, api: EncounterSyncApi): Promise<string[]> {
  const store = db.encounters();
  const drafted: string[] = [];
  for (const e of await store.all()) {
    if (e.sync !== 'synced' || e.autoDraft?.state !== 'device') continue;
    const segments = await db.segmentsOf(e.id);
    if (segments.length === 0 || segments.some((s) => s.sync === 'pending')) continue;
    try {
      const { note } = await api.draft(e.id, e.autoDraft.templateKey, 'offline');
      await api.completeEncounter(e.id).catch(() => {});
      // The device copy of the note is no longer needed: the server holds the note now.
      await store.put({
        ...e,
        autoDraft: { templateKey: e.autoDraft.templateKey, state: 'synced', noteId: note.id },
      });
      drafted.push(e.id);
    } catch {
      // Tried again on the next pass (network, or signed out).
    }
  }
  return drafted;
}
