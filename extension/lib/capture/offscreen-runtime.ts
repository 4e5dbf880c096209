import { browser } from 'wxt/browser';
import { AsrClient } from '../asr/asr-client.js';
import { ortWasmBase } from '../asr/ort-paths.js';
import { ScribeDb } from '../db/scribe-db.js';
import type { CaptureState } from '../messages/capture-state.js';
import {
  type Broadcast,
  isExtensionPage,
  type OffscreenRequest,
  offscreenRequestSchema,
} from '../messages/messages.js';
import { UploadQueue } from '../upload/upload-queue.js';
import { CaptureSession } from './capture-session.js';
import { Recorder } from './recorder.js';
import { PreparedTabAudio, type TabAudioResult } from './tab-audio.js';

const send = (message: Broadcast | { type: 'uploads.kick' }) =>
  browser.runtime.sendMessage(message).catch(() => {});

/** Wires the capture session to real microphone, worker, IndexedDB and extension messaging. */
export async function startOffscreenRuntime(): Promise<void> {
  // Listen first: the background forwards the start command as soon as this document exists.
  const pending: Array<() => void> = [];
  let session: CaptureSession | undefined;
  const preparedTab = new PreparedTabAudio();
  listen(async () => {
    if (!session) await new Promise<void>((resolve) => pending.push(resolve));
    return session!;
  }, preparedTab);
  const db = await ScribeDb.open();
  session = new CaptureSession({
    db,
    queue: new UploadQueue(db),
    spawnAsr: (listeners) => AsrClient.spawn(listeners),
    openRecorder: (onPcm, tab) => Recorder.open({ onPcm }, tab?.stream),
    takeTabAudio: () => preparedTab.take(),
    wasmPaths: ortWasmBase(),
    publish: (state) => void send({ type: 'capture.state', state }),
    segmentStored: (encounterId) => {
      void send({ type: 'sync.changed', encounterId });
      void send({ type: 'uploads.kick' });
    },
  });

  for (const resolve of pending.splice(0)) resolve();
}

function dispatch(
  session: CaptureSession,
  preparedTab: PreparedTabAudio,
  request: OffscreenRequest,
): Promise<CaptureState | TabAudioResult | { ok: true }> {
  switch (request.type) {
    case 'capture.tab-attach':
      return preparedTab.attach(request.streamId);
    case 'capture.tab-release':
      preparedTab.release();
      return Promise.resolve({ ok: true });
    case 'capture.start':
      // Answers once the model is loaded and the microphone open; progress arrives as broadcasts.
      return session.start(request.start);
    case 'capture.recover':
      return session.recover(request.start);
    case 'capture.pause':
      return session.pause();
    case 'capture.resume':
      return session.resume();
    case 'capture.stop':
      return session.stop();
    default:
      return Promise.resolve(session.state);
  }
}

function listen(getSession: () => Promise<CaptureSession>, preparedTab: PreparedTabAudio): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only the extension's own pages and service worker, never a content script in an EHR page.
    if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return false;
    const parsed = offscreenRequestSchema.safeParse(message);
    if (!parsed.success) return false;
    void getSession().then((session) =>
      dispatch(session, preparedTab, parsed.data.request).then(sendResponse, () =>
        sendResponse(session.state),
      ),
    );
    return true;
  });
}
