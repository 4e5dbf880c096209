import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type LocalSegment, ScribeDb } from '../db/scribe-db.js';
import { broadcastSchema } from '../messages/messages.js';

/** An encounter's on-device transcript with each segment's sync state, refreshed on every change. */
export function useLocalSegments(encounterId: string | null): LocalSegment[] {
  const [segments, setSegments] = useState<LocalSegment[]>([]);
  const refresh = useCallback(async () => {
    if (!encounterId) return setSegments([]);
    const db = await ScribeDb.open();
    try {
      setSegments(await db.segmentsOf(encounterId));
    } finally {
      db.close();
    }
  }, [encounterId]);
  useEffect(() => {
    void refresh();
    const listener = (message: unknown) => {
      const parsed = broadcastSchema.safeParse(message);
      if (parsed.success && parsed.data.type === 'sync.changed' && parsed.data.encounterId === encounterId) {
        void refresh();
      }
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    // Backoff retries happen in the service worker; poll gently so the badge never goes stale.
    const timer = setInterval(() => void refresh(), 3000);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      clearInterval(timer);
    };
  }, [encounterId, refresh]);
  return segments;
}
