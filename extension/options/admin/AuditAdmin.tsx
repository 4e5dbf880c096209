import { useEffect, useState } from 'react';
import { describeError } from '../../lib/api/api-error.js';
import type { AuditLogEvent } from '../../lib/api/schemas.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';

/** The latest audit events and a check that the log's hash chain is intact. */
export function AuditAdmin({ api }: { api: ScribeApi }) {
  const [events, setEvents] = useState<AuditLogEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<string | null>(null);
  useEffect(() => {
    api.auditEvents(50).then(setEvents, (e: unknown) => setError(describeError(e)));
  }, [api]);
  const verify = useAsyncAction(async () => {
    const r = await api.verifyAudit();
    setVerdict(
      r.valid ? `Intact: ${r.checked} events verified.` : 'BROKEN: run npm run audit:verify on the server.',
    );
  });
  return (
    <section className="card stack" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <div className="row">
        <button type="button" onClick={() => void verify.run()} disabled={verify.busy}>
          {verify.busy ? 'Checking…' : 'Check the log is intact'}
        </button>
        {verdict && (
          <span role="status" className="muted">
            {verdict}
          </span>
        )}
      </div>
      {(error ?? verify.error) && (
        <div className="alert error" role="alert">
          {error ?? verify.error}
        </div>
      )}
      {events && (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              // Events have no id in this view; the order is the log's.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
              <tr key={i}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.actorRole ?? 'system'}</td>
                <td>
                  {e.action}
                  {e.outcome !== 'success' && <span className="badge warn"> {e.outcome}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
