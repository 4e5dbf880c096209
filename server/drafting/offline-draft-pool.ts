import { availableParallelism } from 'node:os';
import { BoundedDispatch } from './bounded-dispatch.js';
import {
  type OfflineDraftWorker,
  type OnIndexFailed,
  type ReleaseDataOf,
  startOfflineDraftWorker,
} from './offline-draft-worker.js';

export interface OfflineDraftPoolOptions {
  /** Worker threads (DRAFT_WORKERS); default one per core (they run below the event loop's priority). */
  workers?: number;
  /** Drafts that may wait for a free worker (DRAFT_QUEUE_LIMIT); beyond it 503 with Retry-After. */
  maxQueued?: number;
  /** Where workers get the release they suggest codes from (without it they draft only). */
  releaseData?: ReleaseDataOf;
  /** Told when a worker cannot build the release's index (the server logs it). */
  onIndexFailed?: OnIndexFailed;
}

/**
 * One worker per core. Before, one per core beyond the event loop's: on two cores one worker, and a
 * draft burst used 1.4 of the 2 cores while drafts queued behind it. The workers run at a lower
 * priority (worker-priority.ts), so the event loop (and, on PGlite, the database) still gets a core
 * whenever it has work.
 */
export const defaultDraftWorkers = (): number => Math.max(1, availableParallelism());
const DEFAULT_DRAFT_QUEUE_LIMIT = 200;
const RETRY_AFTER_SECONDS = 2;

/**
 * Offline drafting and code suggestion on a small pool of worker threads, one draft per worker at a time, waiting drafts
 * served in arrival order from one bounded queue. A worker starts on its first draft.
 */
export function startOfflineDraftPool(options: OfflineDraftPoolOptions = {}): OfflineDraftWorker & {
  size: number;
} {
  const size = options.workers ?? defaultDraftWorkers();
  const workers = Array.from({ length: size }, () =>
    startOfflineDraftWorker(options.releaseData, options.onIndexFailed),
  );
  const dispatch = new BoundedDispatch({
    slots: size,
    maxQueued: options.maxQueued ?? DEFAULT_DRAFT_QUEUE_LIMIT,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
  return {
    size,
    run: (segments, template, draftOptions, signal, coding) =>
      dispatch.run((slot) => workers[slot]!.run(segments, template, draftOptions, undefined, coding), signal),
    suggest: (input, releaseId, signal) =>
      dispatch.run((slot) => workers[slot]!.suggest(input, releaseId), signal),
    async prepare(releaseId) {
      await Promise.all(workers.map((w) => w.prepare(releaseId)));
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
