import { browser } from 'wxt/browser';
import { createScribeApi } from '../api/scribe-api.js';
import { ScribeDb } from '../db/scribe-db.js';
import type { Broadcast } from '../messages/messages.js';
import { currentSession } from '../storage/session.js';
import { loadSettings } from '../storage/settings.js';
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
    await queue.drain(async (encounterId, segments) => {
      touched.add(encounterId);
      try {
        await api.appendSegments(encounterId, segments);
      } finally {
        // Pending counts change on failure too (attempts, backoff): refresh the views either way.
        void broadcast({ type: 'sync.changed', encounterId });
      }
    });
    const due = await queue.nextDueAt();
    if (due !== undefined) schedule(Math.max(0, due - Date.now()));
  } finally {
    db.close();
  }
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
