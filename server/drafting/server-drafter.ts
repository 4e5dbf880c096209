import { draftOffline, type OfflineResources } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { isAppError } from '../../shared/errors.js';
import type { Drafter } from '../app-env.js';
import { suggestCodes } from '../coding/codes.suggest.js';
import { loadReleaseData, type ReleaseData } from '../coding/release-data.js';
import type { Db } from '../db/client.js';
import type { LlmConfig } from '../llm/llm-config.js';
import { createDrafter } from './drafter.js';
import { type OfflineDraftPoolOptions, startOfflineDraftPool } from './offline-draft-pool.js';
import type { OfflineDraftWorker, ReleaseDataOf } from './offline-draft-worker.js';

export interface ServerDrafter {
  drafter: Drafter;
  offlineWorker: OfflineDraftWorker;
  /** 'reference' when the full ConText/NegEx rules and drug list were found, else the built-in subset. */
  offlineRules: 'reference' | 'builtin';
}

/**
 * The drafter a server runs (the API server, and the load bench so it measures the same thing):
 * offline drafting on a pool of worker threads with the reference rules when found, the LLM when
 * configured. Code suggestion runs on the same workers. A full queue answers 503 with Retry-After.
 */
export function createServerDrafter(
  db: Db,
  llm: LlmConfig | undefined,
  pool: OfflineDraftPoolOptions = {},
): ServerDrafter {
  let offlineResources: OfflineResources | undefined;
  try {
    offlineResources = loadOfflineResources();
  } catch {
    // Without the reference rule files the drafter uses its compiled-in rules (as in the browser).
  }
  const offlineWorker = startOfflineDraftPool({ ...pool, releaseData: latestReleaseData(db) });
  const drafter = createDrafter({
    db,
    offlineResources,
    // Should a worker itself fail (not the draft), draft on this thread rather than not at all; a
    // full queue (503) is not a failure to work around on the event loop.
    // Its codes are then suggested as the next line says.
    runOffline: (segments, template, options, signal, coding) =>
      offlineWorker.run(segments, template, options, signal, coding).catch((e: unknown) => {
        if (isAppError(e)) throw e;
        return draftOffline(segments, template, offlineResources, options);
      }),
    suggestCodes: (input, releaseId, signal) =>
      offlineWorker.suggest(input, releaseId, signal).catch((e: unknown) => {
        if (isAppError(e)) throw e;
        return suggestCodes(db, input);
      }),
    llm,
  });
  return { drafter, offlineWorker, offlineRules: offlineResources ? 'reference' : 'builtin' };
}

/**
 * The loaded release's data by id, read from `db` once per release and kept for workers started later
 * (a replaced worker rebuilds its index from it); a new id replaces it.
 */
function latestReleaseData(db: Db): ReleaseDataOf {
  let latest: { id: string; data: Promise<ReleaseData> } | undefined;
  return (id) => {
    if (latest?.id !== id) {
      const data = loadReleaseData(db);
      const entry = { id, data };
      latest = entry;
      data.catch(() => {
        if (latest === entry) latest = undefined;
      });
    }
    return latest.data;
  };
}
