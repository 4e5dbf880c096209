import { useCallback, useState } from 'react';
import { type LocalSegment, ScribeDb } from '../db/scribe-db.js';
import { useSyncChanges } from './use-sync-changes.js';

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
  useSyncChanges(refresh, encounterId);
  return segments;
}
