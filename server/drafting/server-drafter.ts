import { draftOffline, type OfflineResources } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import type { Drafter } from '../app-env.js';
import type { Db } from '../db/client.js';
import type { LlmConfig } from '../llm/llm-config.js';
import { createDrafter } from './drafter.js';
import { type OfflineDraftWorker, startOfflineDraftWorker } from './offline-draft-worker.js';

export interface ServerDrafter {
  drafter: Drafter;
  offlineWorker: OfflineDraftWorker;
  /** 'reference' when the full ConText/NegEx rules and drug list were found, else the built-in subset. */
  offlineRules: 'reference' | 'builtin';
}

/**
 * The drafter a server runs (the API server, and the load bench so it measures the same thing):
 * offline drafting on a worker thread with the reference rules when found, the LLM when configured.
 */
export function createServerDrafter(db: Db, llm: LlmConfig | undefined): ServerDrafter {
  let offlineResources: OfflineResources | undefined;
  try {
    offlineResources = loadOfflineResources();
  } catch {
    // Without the reference rule files the drafter uses its compiled-in rules (as in the browser).
  }
  const offlineWorker = startOfflineDraftWorker();
  const drafter = createDrafter({
    db,
    offlineResources,
    // Should the worker itself fail (not the draft), draft on this thread rather than not at all.
    runOffline: (segments, template, options) =>
      offlineWorker
        .run(segments, template, options)
        .catch(() => draftOffline(segments, template, offlineResources, options)),
    llm,
  });
  return { drafter, offlineWorker, offlineRules: offlineResources ? 'reference' : 'builtin' };
}
