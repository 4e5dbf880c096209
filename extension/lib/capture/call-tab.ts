import { browser } from 'wxt/browser';

/** The fields of a tab that telehealth mode looks at (url and title only where Chrome shows them). */
export interface TabLike {
  id?: number;
  active?: boolean;
  lastAccessed?: number;
  url?: string;
  title?: string;
}

export interface CallTab {
  id: number;
  /** Shown to the clinician when Chrome lets Scribe read it (a granted site); else undefined. */
  title: string | undefined;
}

/**
 * The tab telehealth mode records: the tab shown beside the side panel (the active tab of its
 * window). Where Scribe itself fills that tab (its panel opened as a page), the most recently used
 * other tab. Never one of Scribe's own pages.
 */
export function pickCallTab(
  tabs: readonly TabLike[],
  ownBaseUrl: string,
  /** The tab this page is in, when it is a tab (Chrome 150 no longer shows Scribe its own tab's url). */
  ownTabId?: number,
): CallTab | undefined {
  const candidates = tabs.filter(
    (t): t is TabLike & { id: number } =>
      t.id !== undefined && t.id !== ownTabId && !t.url?.startsWith(ownBaseUrl),
  );
  const best =
    candidates.find((t) => t.active) ??
    [...candidates].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return best ? { id: best.id, title: best.title || undefined } : undefined;
}

/** The call tab of the window this page is in, now. */
export async function findCallTab(): Promise<CallTab | undefined> {
  const [tabs, own] = await Promise.all([
    browser.tabs.query({ currentWindow: true }),
    // undefined in the side panel itself; the tab when the panel is opened as a page.
    browser.tabs.getCurrent().catch(() => undefined),
  ]);
  return pickCallTab(tabs, browser.runtime.getURL('/'), own?.id);
}

/** Whether this browser can record a tab's sound (Chrome with the tabCapture permission). */
export const tabCaptureAvailable = (): boolean =>
  typeof (browser as { tabCapture?: { getMediaStreamId?: unknown } }).tabCapture?.getMediaStreamId ===
  'function';
