import { useEffect, useState } from 'react';
import { planRecovery } from '../capture/recovery-plan.js';
import { ScribeDb } from '../db/scribe-db.js';

/** How much untranscribed audio an interrupted recording left for this encounter (ms), or 0. */
export function useRecoverableAudio(encounterId: string | null, recording: boolean): number {
  const [durationMs, setDurationMs] = useState(0);
  useEffect(() => {
    if (!encounterId || recording) {
      setDurationMs(0);
      return;
    }
    let alive = true;
    void ScribeDb.open().then(async (db) => {
      try {
        const plan = await planRecovery(db, encounterId);
        if (alive) setDurationMs(plan?.durationMs ?? 0);
      } finally {
        db.close();
      }
    });
    return () => {
      alive = false;
    };
  }, [encounterId, recording]);
  return durationMs;
}
