import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/api/api-error.js';
import type { ReviewQueueItem } from '../../lib/api/schemas.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { visitDay } from './PatientBanner.js';

type Lists = { drafts: ReviewQueueItem[]; toInsert: ReviewQueueItem[] };

/** The work waiting: drafts to review, and signed notes not yet inserted into the EHR. */
export function ReviewQueue({ api, onOpen }: { api: ScribeApi; onOpen(noteId: string): void }) {
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    Promise.all([api.reviewQueue('drafts'), api.reviewQueue('signed-not-inserted')]).then(
      ([drafts, toInsert]) => setLists({ drafts, toInsert }),
      (e: unknown) => setError(describeError(e)),
    );
  }, [api]);
  useEffect(load, [load]);

  return (
    <>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <QueueTable
        title="Drafts awaiting review"
        empty="Nothing to review."
        items={lists?.drafts ?? null}
        action={(n) => `Review v${n.version}`}
        onOpen={onOpen}
        onRefresh={load}
      />
      <QueueTable
        title="Signed, not yet inserted"
        empty="Every signed note is in the EHR."
        items={lists?.toInsert ?? null}
        action={(n) => `Open v${n.version}`}
        onOpen={onOpen}
      />
    </>
  );
}

function QueueTable(p: {
  title: string;
  empty: string;
  items: ReviewQueueItem[] | null;
  action(n: ReviewQueueItem): string;
  onOpen(id: string): void;
  onRefresh?(): void;
}) {
  const id = p.title.toLowerCase().replace(/\W+/g, '-');
  return (
    <section className="card stack" aria-labelledby={id}>
      <div className="row spread">
        <h2 id={id}>
          {p.title}
          {p.items && p.items.length > 0 ? ` (${p.items.length})` : ''}
        </h2>
        {p.onRefresh && (
          <button type="button" onClick={p.onRefresh}>
            Refresh
          </button>
        )}
      </div>
      {p.items === null && <p className="muted">Loading…</p>}
      {p.items?.length === 0 && <p className="muted">{p.empty}</p>}
      {p.items && p.items.length > 0 && (
        <table className="queue">
          <thead>
            <tr>
              <th>Patient</th>
              <th>Visit</th>
              <th>
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((n) => (
              <tr key={n.id} data-testid="queue-row">
                <td>
                  {n.patient.displayName ?? 'Unnamed'}
                  <br />
                  <span className="muted">
                    MRN <span className="mono">{n.patient.mrn}</span>
                  </span>
                </td>
                <td>
                  {n.visitDate ? visitDay(n.visitDate) : '—'}
                  <br />
                  <span className={`badge ${n.status === 'signed' ? 'ok' : 'info'}`}>
                    {n.status === 'signed' ? 'Signed' : 'Draft'}
                  </span>
                </td>
                <td>
                  <button type="button" onClick={() => p.onOpen(n.id)}>
                    {p.action(n)}
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
