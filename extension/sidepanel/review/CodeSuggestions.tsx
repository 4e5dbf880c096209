import type { Note } from '../../../shared/api/notes.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';

const statusBadge = { suggested: 'info', accepted: 'ok', rejected: 'danger' } as const;

/** ICD-10-CM suggestions with their rationale; the reviewer accepts or rejects each one. */
export function CodeSuggestions({
  api,
  note,
  onChange,
}: {
  api: ScribeApi;
  note: Note;
  onChange(n: Note): void;
}) {
  const decide = useAsyncAction(async (codeId: string, status: 'accepted' | 'rejected' | 'suggested') => {
    onChange(await api.decideCode(note.id, codeId, status));
  });
  const locked = note.status === 'signed';
  return (
    <section className="card stack" aria-labelledby="codes-title">
      <h2 id="codes-title">Suggested codes</h2>
      {note.codes.length === 0 && <p className="muted">No code suggestions for this note.</p>}
      {decide.error && (
        <div className="alert error" role="alert">
          {decide.error}
        </div>
      )}
      <div className="codes">
        {note.codes.map((c) => (
          <div key={c.id} className="code-row" data-code={c.code}>
            <span className="mono">{c.code}</span>
            <span>
              {c.display}
              <br />
              <span className="muted">{c.rationale}</span>
            </span>
            <span className="row">
              <span className={`badge ${statusBadge[c.status]}`}>{c.status}</span>
              {!locked && c.status !== 'accepted' && (
                <button
                  type="button"
                  disabled={decide.busy}
                  onClick={() => void decide.run(c.id, 'accepted')}
                  aria-label={`Accept ${c.code}`}
                >
                  Accept
                </button>
              )}
              {!locked && c.status !== 'rejected' && (
                <button
                  type="button"
                  disabled={decide.busy}
                  onClick={() => void decide.run(c.id, 'rejected')}
                  aria-label={`Reject ${c.code}`}
                >
                  Reject
                </button>
              )}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
