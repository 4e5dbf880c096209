import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { broadcastSchema } from '../messages/messages.js';

/**
 * Calls `refresh` on every upload change the service worker broadcasts (for `encounterId` only, when
 * given) and every 3 s: backoff retries happen in the service worker, so a view must never go stale.
 */
export function useSyncChanges(refresh: () => Promise<void>, encounterId?: string | null): void {
  useEffect(() => {
    void refresh();
    const listener = (message: unknown) => {
      const parsed = broadcastSchema.safeParse(message);
      const matches =
        encounterId === undefined ||
        (parsed.success && 'encounterId' in parsed.data && parsed.data.encounterId === encounterId);
      if (parsed.success && parsed.data.type === 'sync.changed' && matches) void refresh();
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    const timer = setInterval(() => void refresh(), 3000);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      clearInterval(timer);
    };
  }, [encounterId, refresh]);
}
