import { Worker } from 'node:worker_threads';
import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import type { DraftOptions, OfflineDraft } from '../../shared/clinical/offline/index.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { SuggestInput, SuggestOptions } from '../coding/codes.suggest.js';
import type { CodingSetting } from '../coding/coding-setting.js';
import type { ReleaseData } from '../coding/release-data.js';

/** Code suggestion asked of a worker: from the release with this id, under these rules. */
export interface CodingRequest {
  releaseId: string;
  setting: CodingSetting;
}

/**
 * An offline draft, or, when its codes were asked for and suggested with it, the draft with its
 * codes and without its problem mentions: they served the suggestion on the worker and are not
 * copied back to the event loop (a long visit has hundreds).
 */
export type WorkerDraft =
  | (OfflineDraft & { codes?: undefined })
  | (Omit<OfflineDraft, 'mentions'> & { codes: CodeSuggestion[]; mentions?: undefined });

export type RunOfflineDraft = (
  segments: TranscriptSegment[],
  template: TemplateBody,
  options?: DraftOptions,
  /** Aborted when the client has gone: a draft not yet started is dropped. */
  signal?: AbortSignal,
  /** Also suggest codes from the draft's own mentions and content, on the same thread. */
  coding?: CodingRequest,
) => Promise<WorkerDraft>;

/** Code suggestion for content drafted elsewhere (an LLM's), on a worker thread. */
export type RunSuggestCodes = (
  input: SuggestInput,
  releaseId: string,
  signal?: AbortSignal,
) => Promise<CodeSuggestion[]>;

export interface OfflineDraftWorker {
  run: RunOfflineDraft;
  suggest: RunSuggestCodes;
  /** Starts the worker and builds the release's index now rather than in the first drafted visit; resolves once built (or failed, as reported). */
  prepare(releaseId: string): Promise<void>;
  close(): Promise<void>;
}

/** The release data of an id, read on the main thread (the worker has no database). */
export type ReleaseDataOf = (releaseId: string) => Promise<ReleaseData>;

/** What the main thread asks of a worker (offline-draft-thread.ts). */
export type WorkerJob =
  | {
      kind: 'draft';
      id: number;
      segments: TranscriptSegment[];
      template: TemplateBody;
      /** The patient's recorded sex (the note's pronoun); absent: "the patient". */
      options?: DraftOptions;
      coding?: CodingRequest;
    }
  | { kind: 'suggest'; id: number; input: SuggestInput; releaseId: string; suggestOptions?: SuggestOptions };

type WorkerReply = {
  id: number;
  /** Without its mentions when `codes` came with it. */
  draft?: OfflineDraft | Omit<OfflineDraft, 'mentions'>;
  codes?: CodeSuggestion[];
  error?: string;
};
/** A worker could not build a release's candidate index (the error's class only: no PHI). */
type IndexFailed = { kind: 'index-failed'; releaseId: string; errorName: string };
/** A worker built a release's candidate index. */
type IndexBuilt = { kind: 'index-built'; releaseId: string };

/** Told when a worker cannot build a release's index: its codes are then suggested on the main thread. */
export type OnIndexFailed = (failure: { releaseId: string; errorName: string }) => void;

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

/**
 * Runs the offline drafter, and code suggestion, on a worker thread. Both are synchronous CPU work
 * (drafting ~7 ms per KB of transcript): on the event loop a long transcript stalled every other
 * request for seconds. The worker builds the release's candidate index from data the main thread
 * reads (`releaseData`), once per release id: a release another process imports is picked up.
 * A worker that dies fails its pending drafts and is replaced on the next one.
 */
export function startOfflineDraftWorker(
  releaseData?: ReleaseDataOf,
  onIndexFailed?: OnIndexFailed,
): OfflineDraftWorker {
  let worker: Worker | undefined;
  /** The release the current worker holds (sent before any job that needs it). */
  let workerRelease: string | undefined;
  /**
   * Settles once the current worker has built (or failed to build) the index of the release last
   * sent to it: what `prepare` waits for, so a server (or bench) that prepares at start has the
   * ~3 s of CPU per worker the build takes behind it, not inside its first requests.
   */
  let indexSettled: Promise<void> = Promise.resolve();
  let settleIndex: () => void = () => {};
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const spawn = () => {
    const w = new Worker(new URL('./offline-draft-worker-boot.mjs', import.meta.url));
    workerRelease = undefined;
    w.on('message', (m: WorkerReply | IndexFailed | IndexBuilt) => {
      if ('kind' in m) {
        if (m.kind === 'index-failed') onIndexFailed?.({ releaseId: m.releaseId, errorName: m.errorName });
        if (w === worker && m.releaseId === workerRelease) settleIndex();
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error === undefined) p.resolve(m);
      else p.reject(new Error(`offline drafting failed (${m.error})`));
    });
    w.on('error', failAll);
    w.on('exit', () => {
      if (worker === w) worker = undefined;
      // A prepare waiting on this worker's index returns (its drafts fail and are retried).
      settleIndex();
      failAll(new Error('the offline drafting worker stopped'));
    });
    // An idle worker must not keep the process alive.
    w.unref();
    return w;
  };

  /** The worker, holding the index of `releaseId` when one is given (sent once per release). */
  const ready = async (releaseId: string | undefined): Promise<Worker> => {
    worker ??= spawn();
    const w = worker;
    if (releaseId === undefined || workerRelease === releaseId) return w;
    if (!releaseData) throw new Error('no release data for code suggestion');
    const data = await releaseData(releaseId);
    if (worker !== w) throw new Error('the offline drafting worker stopped');
    // Messages are handled in order: the index is built before the job that needs it.
    if (workerRelease !== releaseId) {
      settleIndex();
      indexSettled = new Promise<void>((resolve) => {
        settleIndex = resolve;
      });
      w.postMessage({ kind: 'release', data: { ...data, id: releaseId } });
      workerRelease = releaseId;
    }
    return w;
  };
  const post = async (job: WorkerJob, releaseId: string | undefined): Promise<WorkerReply> => {
    const w = await ready(releaseId);
    return new Promise<WorkerReply>((resolve, reject) => {
      pending.set(job.id, { resolve, reject });
      w.ref();
      w.postMessage(job);
    }).finally(() => {
      if (pending.size === 0) w.unref();
    });
  };

  return {
    async run(segments, template, options = {}, _signal, coding) {
      const reply = await post(
        { kind: 'draft', id: nextId++, segments, template, options, ...(coding ? { coding } : {}) },
        coding?.releaseId,
      );
      const { draft, codes } = reply;
      if (!draft) throw new Error('offline drafting failed (no draft)');
      if (codes) return { ...draft, mentions: undefined, codes };
      if (!('mentions' in draft)) throw new Error('offline drafting failed (no mentions)');
      return draft;
    },
    async suggest(input, releaseId) {
      const reply = await post({ kind: 'suggest', id: nextId++, input, releaseId }, releaseId);
      return reply.codes ?? [];
    },
    async prepare(releaseId) {
      await ready(releaseId);
      await indexSettled;
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
