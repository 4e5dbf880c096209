import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { isAppError } from '../../../shared/errors.js';
import { describeError } from '../../lib/api/api-error.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import type { LocalEncounter } from '../../lib/db/local-encounters.js';
import { ScribeDb } from '../../lib/db/scribe-db.js';
import { updateLocalEncounter } from '../../lib/hooks/use-local-encounter.js';
import { loadCachedTemplates } from '../../lib/storage/template-cache.js';
import { toUploadSegment } from '../../lib/upload/upload-queue.js';
import { draftOnDevice } from './device-draft.js';
import { serverWait } from './server-wait.js';

const unreachable = (e: unknown) => !isAppError(e) || e.code === 'network_unavailable' || e.status >= 500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * True once the encounter and every segment of it are on the server; false when the server cannot
 * be reached (see serverWait: a slow but answering server is waited for).
 */
async function waitUntilSynced(encounterId: string): Promise<boolean> {
  const stoppedAt = Date.now();
  for (;;) {
    const db = await ScribeDb.open();
    let decision: ReturnType<typeof serverWait>;
    try {
      const encounter = await db.encounters().get(encounterId);
      const segments = await db.segmentsOf(encounterId);
      decision = serverWait({ encounter, segments }, Date.now() - stoppedAt);
    } finally {
      db.close();
    }
    if (decision !== 'wait') return decision === 'synced';
    await browser.runtime.sendMessage({ type: 'uploads.kick' }).catch(() => {});
    await sleep(500);
  }
}

interface Options {
  api: ScribeApi;
  local: LocalEncounter | undefined;
  /** The recording is over and its audio fully transcribed. */
  ready: boolean;
  onServerNote(noteId: string): void;
  refresh(): Promise<void>;
}

/**
 * Drafts the note when the clinician pressed Stop, with the clinic's default template: on the server
 * when it can be reached, else on this device (synced later, when the server drafts its first version).
 */
export function useAutoDraft({ api, local, ready, onServerNote, refresh }: Options) {
  const [error, setError] = useState<string | null>(null);
  const running = useRef<string | null>(null);
  const pending = local?.autoDraft?.state === 'waiting' ? local : undefined;

  useEffect(() => {
    if (!pending || !ready || running.current === pending.id) return;
    const { id } = pending;
    const templateKey = pending.autoDraft!.templateKey;
    running.current = id;
    setError(null);
    void (async () => {
      try {
        if (await waitUntilSynced(id)) {
          try {
            const { note } = await api.draft(id, templateKey);
            await api.completeEncounter(id).catch(() => {});
            await updateLocalEncounter(id, (e) => ({
              ...e,
              autoDraft: { templateKey, state: 'synced', noteId: note.id },
            }));
            onServerNote(note.id);
            return;
          } catch (e) {
            if (!unreachable(e)) throw e;
          }
        }
        const db = await ScribeDb.open();
        const segments = await db.segmentsOf(id).finally(() => db.close());
        if (segments.length === 0) {
          await updateLocalEncounter(id, ({ autoDraft: _none, ...e }) => e);
          setError('Nothing was transcribed, so there is no note to draft.');
          return;
        }
        const draft = draftOnDevice(segments.map(toUploadSegment), templateKey, await loadCachedTemplates());
        await updateLocalEncounter(id, (e) => ({
          ...e,
          autoDraft: { templateKey: draft.templateKey, state: 'device', deviceContent: draft.content },
        }));
        void browser.runtime.sendMessage({ type: 'uploads.kick' }).catch(() => {});
      } catch (e) {
        // Left waiting: the clinician can draft by hand below.
        await updateLocalEncounter(id, ({ autoDraft: _none, ...rest }) => rest);
        setError(`The note could not be drafted automatically: ${describeError(e)}`);
      } finally {
        running.current = null;
        await refresh();
      }
    })();
  }, [pending, ready, api, onServerNote, refresh]);

  return { drafting: pending !== undefined, error };
}
