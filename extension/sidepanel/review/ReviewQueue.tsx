import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/api/api-error.js';
import type { ReviewQueueItem } from '../../lib/api/schemas.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';

/** Drafts awaiting review (a clinician's own; every clinician's for staff). */
export function ReviewQueue({ api, onOpen }: { api: ScribeApi; onOpen(noteId: string): void }) {
  const [items, setItems] = useState<ReviewQueueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    api.reviewQueue().then(setItems, (e: unknown) => setError(describeError(e)));
  }, [api]);
  useEffect(load, [load]);

  return (
    <section className="card stack" aria-labelledby="queue-title">
      <div className="row spread">
        <h2 id="queue-title">Drafts awaiting review</h2>
        <button type="button" onClick={load}>
          Refresh
        </button>
      </div>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {items === null && !error && <p className="muted">Loading…</p>}
      {items?.length === 0 && <p className="muted">Nothing to review.</p>}
      {items && items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Patient</th>
              <th>Updated</th>
              <th>
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((n) => (
              <tr key={n.id}>
                <td>
                  {n.patient.displayName ?? 'Unnamed'} <span className="muted mono">{n.patient.mrn}</span>
                </td>
                <td className="muted">{new Date(n.updatedAt).toLocaleString()}</td>
                <td>
                  <button type="button" onClick={() => onOpen(n.id)}>
                    Review v{n.version}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
