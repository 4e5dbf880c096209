import { useEffect, useState } from 'react';
import { ScribeDb } from '../../lib/db/scribe-db.js';

/**
 * Tells the clinician when transcript or audio recorded on this device could not be uploaded before
 * the browser closed: its encryption key lives only for the browser session, so it cannot be read
 * any more. Nothing is deleted until the clinician acknowledges it.
 */
export function UnreadableDataNotice() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const db = await ScribeDb.open();
      try {
        const n = await db.countUndecryptable();
        if (!cancelled) setCount(n);
      } finally {
        db.close();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  if (count === 0) return null;
  const discard = async () => {
    const db = await ScribeDb.open();
    try {
      await db.discardUndecryptable();
      setCount(0);
    } finally {
      db.close();
    }
  };
  return (
    <div className="alert warn stack" role="alert">
      <p>
        {count} piece{count === 1 ? '' : 's'} of transcript or audio recorded on this device had not reached
        the server when the browser closed. They are encrypted with a key that lasts only while the browser
        runs, so they can no longer be read or uploaded. Check the affected encounter's transcript on the
        server.
      </p>
      <button type="button" onClick={() => void discard()}>
        Remove the unreadable data from this device
      </button>
    </div>
  );
}
