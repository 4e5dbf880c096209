import { browser } from 'wxt/browser';
import { createScribeApi } from '../api/scribe-api.js';
import { ScribeDb } from '../db/scribe-db.js';
import type { Broadcast } from '../messages/messages.js';
import { currentSession } from '../storage/session.js';
import { loadSettings } from '../storage/settings.js';
import { syncDeviceDrafts, syncEncounters } from '../upload/encounter-sync.js';
import { UploadQueue } from '../upload/upload-queue.js';

export const UPLOAD_ALARM = 'scribe-upload-retry';
let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

const broadcast = (message: Broadcast) => browser.runtime.sendMessage(message).catch(() => {});

async function drainOnce(): Promise<void> {
  const session = await currentSession();
  if (!session) return; // resumes after sign-in (the options page kicks the queue)
  const { serverUrl } = await loadSettings();
  const api = createScribeApi(serverUrl, session.token);
  const db = await ScribeDb.open();
  try {
    const queue = new UploadQueue(db);
    const touched = new Set<string>();
    // Encounters started offline first: their segments cannot be accepted before they exist.
    const holdBack = await syncEncounters(db.encounters(), api);
    for (const e of await db.encounters().all()) void broadcast({ type: 'sync.changed', encounterId: e.id });
    await queue.drain(async (encounterId, segments) => {
      touched.add(encounterId);
      try {
        await api.appendSegments(encounterId, segments);
      } finally {
        // Pending counts change on failure too (attempts, backoff): refresh the views either way.
        void broadcast({ type: 'sync.changed', encounterId });
      }
    }, holdBack);
    for (const encounterId of await syncDeviceDrafts(db, api)) {
      void broadcast({ type: 'sync.changed', encounterId });
    }
    const due = await nextDue(queue, db);
    if (due !== undefined) schedule(Math.max(0, due - Date.now()));
  } finally {
    db.close();
  }
}

/** The next pending segment or encounter create that is due (device drafts follow those). */
async function nextDue(queue: UploadQueue, db: ScribeDb): Promise<number | undefined> {
  const times = [await queue.nextDueAt()];
  for (const e of await db.encounters().all()) {
    if (e.sync === 'pending') times.push(e.nextAttemptAt);
    else if (e.sync === 'synced' && e.autoDraft?.state === 'device') times.push(Date.now() + 5000);
  }
  const known = times.filter((t): t is number => t !== undefined);
  return known.length ? Math.min(...known) : undefined;
}

/** A retry soon is a timer; the alarm is the safety net when the service worker was stopped meanwhile. */
function schedule(delayMs: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void kickUploads(), Math.min(delayMs, 25_000) + 50);
}

/** Drains the upload queue; overlapping kicks coalesce into one more pass. */
export function kickUploads(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await drainOnce().catch(() => {});
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

export async function ensureUploadAlarm(): Promise<void> {
  if (!(await browser.alarms.get(UPLOAD_ALARM))) {
    await browser.alarms.create(UPLOAD_ALARM, { periodInMinutes: 0.5 });
  }
}
