import { browser } from 'wxt/browser';
import { AsrClient } from '../asr/asr-client.js';
import { ortWasmBase } from '../asr/ort-paths.js';
import { ScribeDb } from '../db/scribe-db.js';
import type { Broadcast } from '../messages/messages.js';
import { offscreenRequestSchema } from '../messages/messages.js';
import { UploadQueue } from '../upload/upload-queue.js';
import { CaptureSession } from './capture-session.js';
import { Recorder } from './recorder.js';

const send = (message: Broadcast | { type: 'uploads.kick' }) =>
  browser.runtime.sendMessage(message).catch(() => {});

/** Wires the capture session to real microphone, worker, IndexedDB and extension messaging. */
export async function startOffscreenRuntime(): Promise<void> {
  // Listen first: the background forwards the start command as soon as this document exists.
  const pending: Array<() => void> = [];
  let session: CaptureSession | undefined;
  listen(async () => {
    if (!session) await new Promise<void>((resolve) => pending.push(resolve));
    return session!;
  });
  const db = await ScribeDb.open();
  session = new CaptureSession({
    db,
    queue: new UploadQueue(db),
    spawnAsr: (listeners) => AsrClient.spawn(listeners),
    openRecorder: (onPcm) => Recorder.open({ onPcm }),
    wasmPaths: ortWasmBase(),
    publish: (state) => void send({ type: 'capture.state', state }),
    segmentStored: (encounterId) => {
      void send({ type: 'sync.changed', encounterId });
      void send({ type: 'uploads.kick' });
    },
  });

  for (const resolve of pending.splice(0)) resolve();
}

function listen(getSession: () => Promise<CaptureSession>): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = offscreenRequestSchema.safeParse(message);
    if (!parsed.success) return false;
    const { request } = parsed.data;
    void getSession().then((session) => {
      const work =
        request.type === 'capture.start'
          ? session.start(request.start)
          : request.type === 'capture.pause'
            ? session.pause()
            : request.type === 'capture.resume'
              ? session.resume()
              : request.type === 'capture.stop'
                ? session.stop()
                : Promise.resolve(session.state);
      // start() answers once the model is loaded and the microphone open; progress arrives as broadcasts.
      work.then(sendResponse, () => sendResponse(session.state));
    });
    return true;
  });
}
