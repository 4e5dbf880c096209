import { parentPort } from 'node:worker_threads';
import {
  type DraftOptions,
  draftOffline,
  type OfflineResources,
} from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';

/** The worker side of offline-draft-worker.ts: drafts one transcript per message, off the event loop. */
let resources: OfflineResources | undefined;
try {
  resources = loadOfflineResources();
} catch {
  // Without the reference rule files the built-in rules are used, as on the main thread.
}

interface Job {
  id: number;
  segments: TranscriptSegment[];
  template: TemplateBody;
  /** The patient's recorded sex (the note's pronoun); absent: "the patient". */
  options?: DraftOptions;
}

parentPort?.on('message', (job: Job) => {
  try {
    const draft = draftOffline(job.segments, job.template, resources, job.options ?? {});
    parentPort?.postMessage({ id: job.id, draft });
  } catch (e) {
    // Only the error's class travels back: a message could quote the transcript.
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? e.name : 'Error' });
  }
});
