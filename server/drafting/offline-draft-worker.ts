import { Worker } from 'node:worker_threads';
import type { DraftOptions, OfflineDraft } from '../../shared/clinical/offline/index.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';

export type RunOfflineDraft = (
  segments: TranscriptSegment[],
  template: TemplateBody,
  options?: DraftOptions,
  /** Aborted when the client has gone: a draft not yet started is dropped. */
  signal?: AbortSignal,
) => Promise<OfflineDraft>;

export interface OfflineDraftWorker {
  run: RunOfflineDraft;
  close(): Promise<void>;
}

interface Pending {
  resolve(draft: OfflineDraft): void;
  reject(error: Error): void;
}

/**
 * Runs the offline drafter on a worker thread. Drafting is synchronous CPU work (~7 ms per KB of
 * transcript): on the event loop a long transcript stalled every other request for seconds.
 * A worker that dies fails its pending drafts and is replaced on the next one.
 */
export function startOfflineDraftWorker(): OfflineDraftWorker {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const spawn = () => {
    const w = new Worker(new URL('./offline-draft-worker-boot.mjs', import.meta.url));
    w.on('message', (m: { id: number; draft?: OfflineDraft; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.draft) p.resolve(m.draft);
      else p.reject(new Error(`offline drafting failed (${m.error ?? 'Error'})`));
    });
    w.on('error', failAll);
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      failAll(new Error('the offline drafting worker stopped'));
    });
    // An idle worker must not keep the process alive.
    w.unref();
    return w;
  };

  return {
    run(segments, template, options = {}) {
      worker ??= spawn();
      const w = worker;
      return new Promise<OfflineDraft>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, segments, template, options });
      }).finally(() => {
        if (pending.size === 0) w.unref();
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
