import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser binds to globalThis.chrome when first imported: install WXT's in-memory fake first,
// then add the APIs it does not implement (tabCapture, offscreen, runtime.getContexts, sidePanel).
let router: typeof import('./router.js');
let actionClick: typeof import('./action-click.js');
let tabCapture: typeof import('./tab-capture.js');
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  router = await import('./router.js');
  actionClick = await import('./action-click.js');
  tabCapture = await import('./tab-capture.js');
});

const NOT_INVOKED =
  'Extension has not been invoked for the current page (see activeTab permission). Chrome pages cannot be captured.';
const page = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/sidepanel.html'),
});
const fake = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };

describe('telehealth tab capture request flow (service worker)', () => {
  let getMediaStreamId: ReturnType<typeof vi.fn>;
  let createDocument: ReturnType<typeof vi.fn>;
  let offscreenOpen: boolean;
  let offscreenInbox: unknown[];
  let offscreenAnswer: unknown;

  beforeEach(() => {
    fakeBrowser.reset();
    offscreenOpen = false;
    offscreenInbox = [];
    offscreenAnswer = { ok: true };
    getMediaStreamId = vi.fn(async () => 'stream-id-1');
    createDocument = vi.fn(async () => {
      offscreenOpen = true;
    });
    fake.tabCapture = { getMediaStreamId };
    fake.offscreen = { createDocument };
    fake.runtime.getContexts = vi.fn(async () =>
      offscreenOpen ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [],
    );
    // The offscreen document's side of the conversation.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { target?: string; request?: unknown };
      if (m.target !== 'offscreen') return undefined;
      offscreenInbox.push(m.request);
      return Promise.resolve(offscreenAnswer);
    });
  });
  afterEach(() => {
    delete fake.tabCapture;
    delete fake.offscreen;
    delete fake.runtime.getContexts;
  });

  it('gets a stream id for the chosen tab and hands it to the offscreen recorder', async () => {
    const answer = await router.route({ type: 'capture.tab-open', tabId: 42 }, page());
    expect(answer).toEqual({ ok: true });
    expect(getMediaStreamId).toHaveBeenCalledWith({ targetTabId: 42 });
    expect(createDocument).toHaveBeenCalledWith(expect.objectContaining({ reasons: ['USER_MEDIA'] }));
    expect(offscreenInbox).toEqual([{ type: 'capture.tab-attach', streamId: 'stream-id-1' }]);
  });

  it('explains a tab Scribe was not invoked on (or a chrome:// page), touching nothing else', async () => {
    getMediaStreamId.mockRejectedValueOnce(new Error(NOT_INVOKED));
    const answer = await router.route({ type: 'capture.tab-open', tabId: 42 }, page());
    expect(answer).toMatchObject({ ok: false, problem: 'tab-not-invoked' });
    expect((answer as { message: string }).message).toMatch(/click the Scribe icon/);
    expect((answer as { message: string }).message).toMatch(/microphone only, untick Telehealth/);
    expect(createDocument).not.toHaveBeenCalled();
    expect(offscreenInbox).toEqual([]);
  });

  it('names the other problems Chrome reports', () => {
    const classify = tabCapture.classifyTabCaptureError;
    expect(classify(new Error('Cannot capture a tab with an active stream.'))).toBe('tab-busy');
    expect(classify(new Error('No tab with id: 42.'))).toBe('tab-missing');
    expect(classify(new Error(NOT_INVOKED))).toBe('tab-not-invoked');
    expect(classify(new Error('something else'))).toBe('tab-failed');
  });

  it('passes on the recorder failing to open the stream, and copes with a browser without tabCapture', async () => {
    offscreenAnswer = { ok: false, problem: 'tab-failed', message: 'could not be opened (NotFoundError)' };
    expect(await router.route({ type: 'capture.tab-open', tabId: 1 }, page())).toEqual(offscreenAnswer);
    offscreenAnswer = { nonsense: true };
    expect(await router.route({ type: 'capture.tab-open', tabId: 1 }, page())).toMatchObject({
      ok: false,
      problem: 'tab-failed',
    });
    delete fake.tabCapture;
    expect(await router.route({ type: 'capture.tab-open', tabId: 1 }, page())).toMatchObject({
      ok: false,
      problem: 'tab-unsupported',
    });
  });

  it('releases prepared tab audio only where a recorder exists', async () => {
    expect(await router.route({ type: 'capture.tab-release' }, page())).toEqual({ ok: true });
    expect(offscreenInbox).toEqual([]);
    offscreenOpen = true;
    await router.route({ type: 'capture.tab-release' }, page());
    expect(offscreenInbox).toEqual([{ type: 'capture.tab-release' }]);
  });

  it('hears neither content scripts nor a page that tries to hand the recorder a stream id itself', async () => {
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://ehr.example.org/chart' };
    expect(router.route({ type: 'capture.tab-open', tabId: 42 }, contentScript)).toBeUndefined();
    expect(router.route({ type: 'capture.tab-attach', streamId: 'forged' }, page())).toBeUndefined();
    expect(getMediaStreamId).not.toHaveBeenCalled();
    expect(offscreenInbox).toEqual([]);
  });
});

describe('toolbar icon', () => {
  it('opens the side panel itself, inside the click, so that the click invokes Scribe on the tab', async () => {
    fakeBrowser.reset();
    const open = vi.fn(async () => {});
    const setPanelBehavior = vi.fn(async () => {});
    fake.sidePanel = { open, setPanelBehavior };
    try {
      actionClick.openSidePanelOnActionClick();
      expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
      const click = fakeBrowser.action.onClicked.trigger({ id: 5, windowId: 9 } as never, undefined as never);
      // Called synchronously in the listener: an await first would lose the user gesture.
      expect(open).toHaveBeenCalledWith({ windowId: 9 });
      await click;
    } finally {
      delete fake.sidePanel;
    }
  });
});
