import { browser } from 'wxt/browser';
import { sessionKeyBase64 } from '../db/at-rest-cipher.js';
import { type CaptureState, idleCaptureState } from '../messages/capture-state.js';
import { type BackgroundRequest, backgroundRequestSchema, isExtensionPage } from '../messages/messages.js';
import { syncEhrRegistration } from './ehr-registration.js';
import { ensureOffscreen, offscreenExists } from './offscreen-host.js';
import { openCallTabAudio, releaseCallTabAudio } from './tab-capture.js';
import { kickUploads } from './upload-runner.js';

type Sender = { id?: string; url?: string };

async function forwardToOffscreen(request: BackgroundRequest): Promise<CaptureState> {
  if (request.type === 'capture.start' || request.type === 'capture.recover') await ensureOffscreen();
  else if (!(await offscreenExists())) return idleCaptureState;
  return browser.runtime.sendMessage({ target: 'offscreen', request });
}

/**
 * Routes a message to its handler. Only this extension's own pages are heard: content scripts and
 * web pages cannot start recordings, touch uploads or change registrations.
 */
export function route(message: unknown, sender: Sender): Promise<unknown> | undefined {
  if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  return parsed.success ? handle(parsed.data) : undefined;
}

async function handle(request: BackgroundRequest): Promise<unknown> {
  switch (request.type) {
    case 'uploads.kick':
      void kickUploads();
      return { ok: true };
    case 'ehr.sync-registration':
      return { origins: await syncEhrRegistration() };
    case 'db.key':
      return { key: await sessionKeyBase64() };
    case 'capture.tab-open':
      return openCallTabAudio(request.tabId);
    case 'capture.tab-release':
      return releaseCallTabAudio(offscreenExists);
    default:
      return forwardToOffscreen(request);
  }
}
