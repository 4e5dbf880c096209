import { parentPort } from 'node:worker_threads';
import {
  type DraftOptions,
  draftOffline,
  type OfflineResources,
} from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { CandidateIndex } from '../coding/candidate-index.js';
import { suggestCodes } from '../coding/codes.suggest.js';
import type { ReleaseData } from '../coding/release-data.js';
import { draftWithCodes } from './coded-draft.js';
import type { WorkerJob } from './offline-draft-worker.js';
import { lowerThisThreadsPriority } from './worker-priority.js';

/**
 * The worker side of offline-draft-worker.ts: drafts one transcript per message, and suggests its
 * codes from the release index the main thread sent, off the event loop.
 */
lowerThisThreadsPriority();

let resources: OfflineResources | undefined;
try {
  resources = loadOfflineResources();
} catch {
  // Without the reference rule files the built-in rules are used, as on the main thread.
}

/** The release's candidate index, built here once per release id the main thread sends. */
let index: CandidateIndex | undefined;

const indexOf = (releaseId: string) => {
  // The main thread sends a release before any job that needs it: missing, its build failed (reported).
  if (index?.releaseId !== releaseId) throw new Error('release index missing');
  return index;
};
const hasIndexOf = (releaseId: string) => index?.releaseId === releaseId;

async function work(job: WorkerJob) {
  if (job.kind === 'suggest')
    return { codes: await suggestCodes(indexOf(job.releaseId), job.input, job.suggestOptions) };
  // Without the release's index the draft still comes back; its codes are then suggested on the main thread.
  if (!job.coding || !hasIndexOf(job.coding.releaseId))
    return {
      draft: draftOffline(job.segments, job.template, resources, job.options ?? ({} as DraftOptions)),
    };
  const { draft, codes } = draftWithCodes(job.segments, job.template, resources, job.options ?? {}, {
    index: indexOf(job.coding.releaseId),
    setting: job.coding.setting,
  });
  // The mentions served the suggestion here: only the content goes back to the event loop.
  const { mentions: _served, ...withoutMentions } = draft;
  return { draft: withoutMentions, codes };
}

parentPort?.on('message', (message: WorkerJob | { kind: 'release'; data: ReleaseData }) => {
  if (message.kind === 'release') {
    try {
      index = new CandidateIndex(message.data);
      parentPort?.postMessage({ kind: 'index-built', releaseId: message.data.id });
    } catch (e) {
      // Code suggestion then runs on the main thread; the main thread logs this (the error's class only).
      index = undefined;
      parentPort?.postMessage({
        kind: 'index-failed',
        releaseId: message.data.id,
        errorName: e instanceof Error ? e.name : 'Error',
      });
    }
    return;
  }
  work(message).then(
    (result) => parentPort?.postMessage({ id: message.id, ...result }),
    // Only the error's class travels back: a message could quote the transcript.
    (e: unknown) => parentPort?.postMessage({ id: message.id, error: e instanceof Error ? e.name : 'Error' }),
  );
});
