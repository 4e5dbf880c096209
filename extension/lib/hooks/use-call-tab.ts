import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type CallTab, findCallTab } from '../capture/call-tab.js';

/** The call tab, kept current while `watch` is on (the clinician switches tabs, a page loads). */
export function useCallTab(watch: boolean): CallTab | undefined {
  const [tab, setTab] = useState<CallTab | undefined>();
  useEffect(() => {
    if (!watch) return;
    let live = true;
    const refresh = () =>
      void findCallTab().then(
        (t) => live && setTab(t),
        () => live && setTab(undefined),
      );
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    browser.tabs.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
      browser.tabs.onRemoved.removeListener(refresh);
    };
  }, [watch]);
  return watch ? tab : undefined;
}
