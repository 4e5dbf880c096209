import { browser } from 'wxt/browser';
import { type ContentRequest, type ContentResponse, contentResponseSchema } from '../messages/messages.js';
import { loadSettings, originPattern } from '../storage/settings.js';

/** The most recently used tab of a configured EHR site, or undefined. */
export async function findEhrTab(): Promise<{ id: number; url: string } | undefined> {
  const { ehrSites } = await loadSettings();
  if (ehrSites.length === 0) return undefined;
  const tabs = await browser.tabs.query({ url: ehrSites.map((s) => originPattern(s.origin)) });
  const best = tabs
    .filter((t) => t.id !== undefined)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return best?.id !== undefined ? { id: best.id, url: best.url ?? '' } : undefined;
}

/**
 * Asks the EHR tab's content script. A tab opened before the site was configured has no script
 * yet, so it is injected once (the host permission was granted for that origin).
 */
export async function askEhrTab(tabId: number, request: ContentRequest): Promise<ContentResponse> {
  const ask = async () => contentResponseSchema.parse(await browser.tabs.sendMessage(tabId, request));
  try {
    return await ask();
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/ehr.js'] });
    return ask();
  }
}
