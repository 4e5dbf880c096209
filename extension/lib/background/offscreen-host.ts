import { browser } from 'wxt/browser';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

export async function offscreenExists(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

/** Creates the offscreen document that owns the microphone, once (concurrent callers share the promise). */
export async function ensureOffscreen(): Promise<void> {
  if (await offscreenExists()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['USER_MEDIA'],
      justification: 'Records the consultation and transcribes it on-device while the side panel is closed.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
