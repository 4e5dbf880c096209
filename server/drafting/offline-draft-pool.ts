import { availableParallelism } from 'node:os';
import { BoundedDispatch } from './bounded-dispatch.js';
import { type OfflineDraftWorker, startOfflineDraftWorker } from './offline-draft-worker.js';

export interface OfflineDraftPoolOptions {
  /** Worker threads (DRAFT_WORKERS); default one per core beyond the event loop's, at least one. */
  workers?: number;
  /** Drafts that may wait for a free worker (DRAFT_QUEUE_LIMIT); beyond it 503 with Retry-After. */
  maxQueued?: number;
}

/** One worker per core beyond the one the event loop (and, on PGlite, the database) runs on. */
export const defaultDraftWorkers = (): number => Math.max(1, availableParallelism() - 1);
const DEFAULT_DRAFT_QUEUE_LIMIT = 200;
const RETRY_AFTER_SECONDS = 2;

/**
 * Offline drafting on a small pool of worker threads, one draft per worker at a time, waiting drafts
 * served in arrival order from one bounded queue. A worker starts on its first draft.
 */
export function startOfflineDraftPool(options: OfflineDraftPoolOptions = {}): OfflineDraftWorker & {
  size: number;
} {
  const size = options.workers ?? defaultDraftWorkers();
  const workers = Array.from({ length: size }, () => startOfflineDraftWorker());
  const dispatch = new BoundedDispatch({
    slots: size,
    maxQueued: options.maxQueued ?? DEFAULT_DRAFT_QUEUE_LIMIT,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
  return {
    size,
    run: (segments, template, draftOptions, signal) =>
      dispatch.run((slot) => workers[slot]!.run(segments, template, draftOptions), signal),
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
