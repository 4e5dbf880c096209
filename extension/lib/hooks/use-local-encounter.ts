import { useCallback, useState } from 'react';
import type { LocalEncounter } from '../db/local-encounters.js';
import { ScribeDb } from '../db/scribe-db.js';
import { useSyncChanges } from './use-sync-changes.js';

/**
 * Encounters this device still keeps (started here, or with a note drafted here), refreshed on each
 * sync change. `refresh` re-reads at once (after the page itself changed one).
 */
export function useLocalEncounters(): { encounters: LocalEncounter[]; refresh(): Promise<void> } {
  const [encounters, setEncounters] = useState<LocalEncounter[]>([]);
  const refresh = useCallback(async () => {
    const db = await ScribeDb.open();
    try {
      setEncounters(await db.encounters().all());
    } finally {
      db.close();
    }
  }, []);
  useSyncChanges(refresh);
  return { encounters, refresh };
}

/** Changes one stored local encounter (no-op when it is gone). */
export async function updateLocalEncounter(
  id: string,
  change: (e: LocalEncounter) => LocalEncounter,
): Promise<LocalEncounter | undefined> {
  const db = await ScribeDb.open();
  try {
    return await db.encounters().update(id, change);
  } finally {
    db.close();
  }
}
