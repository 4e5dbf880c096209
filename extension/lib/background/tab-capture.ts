import { browser } from 'wxt/browser';
import {
  type TabAudioProblem,
  type TabAudioResult,
  tabAudioFailure,
  tabAudioResultSchema,
} from '../capture/tab-audio.js';
import type { OffscreenRequest } from '../messages/messages.js';
import { ensureOffscreen } from './offscreen-host.js';

/** Maps chrome.tabCapture's error messages to a problem the clinician can act on. */
export function classifyTabCaptureError(e: unknown): TabAudioProblem {
  const message = e instanceof Error ? e.message : String(e);
  // "Extension has not been invoked for the current page (see activeTab permission). Chrome pages cannot be captured."
  if (/not been invoked|cannot be captured/i.test(message)) return 'tab-not-invoked';
  // "Cannot capture a tab with an active stream."
  if (/active stream/i.test(message)) return 'tab-busy';
  if (/no tab|invalid tab|tab id/i.test(message)) return 'tab-missing';
  return 'tab-failed';
}

const toOffscreen = (request: OffscreenRequest): Promise<unknown> =>
  browser.runtime.sendMessage({ target: 'offscreen', request });

/**
 * Telehealth mode: gets a stream id for the call tab (Chrome allows it only for a tab on which the
 * clinician invoked Scribe, see action-click.ts) and hands it to the offscreen recorder, which opens
 * the stream and keeps the tab audible. Since Chrome 116 an id obtained here without a
 * consumerTabId is usable by the extension's offscreen document.
 */
export async function openCallTabAudio(tabId: number): Promise<TabAudioResult> {
  const tabCapture = (browser as { tabCapture?: typeof browser.tabCapture }).tabCapture;
  if (!tabCapture?.getMediaStreamId) return tabAudioFailure('tab-unsupported');
  let streamId: string;
  try {
    streamId = await tabCapture.getMediaStreamId({ targetTabId: tabId });
  } catch (e) {
    return tabAudioFailure(classifyTabCaptureError(e));
  }
  await ensureOffscreen();
  const answer = tabAudioResultSchema.safeParse(await toOffscreen({ type: 'capture.tab-attach', streamId }));
  return answer.success ? answer.data : tabAudioFailure('tab-failed');
}

/** Releases call tab audio that no recording claimed. */
export async function releaseCallTabAudio(offscreenExists: () => Promise<boolean>): Promise<{ ok: true }> {
  if (await offscreenExists()) await toOffscreen({ type: 'capture.tab-release' }).catch(() => {});
  return { ok: true };
}
