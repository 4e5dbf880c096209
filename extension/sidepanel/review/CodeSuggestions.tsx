import type { Note } from '../../../shared/api/notes.responses.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import { dottedIcd10 } from '../../../shared/clinical/export/icd10.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';

const statusBadge = { suggested: 'info', accepted: 'ok', rejected: 'danger' } as const;

interface Props {
  api: ScribeApi;
  note: Note;
  onChange(n: Note): void;
  onShowEvidence(evidence: Evidence[]): void;
}

/** ICD-10-CM suggestions with their rationale and transcript evidence; the reviewer accepts or rejects each. */
export function CodeSuggestions({ api, note, onChange, onShowEvidence }: Props) {
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
            <button
              type="button"
              className="link mono"
              title="Show the transcript words behind this code"
              onClick={() => onShowEvidence(c.evidence)}
            >
              {dottedIcd10(c.code)}
            </button>
            <div className="stack" style={{ gap: 4 }}>
              <div className="row spread">
                <strong>{c.display}</strong>
                <span className={`badge ${statusBadge[c.status]}`}>{c.status}</span>
              </div>
              <span className="muted">{c.rationale}</span>
              {!locked && (
                <div className="row">
                  {c.status !== 'accepted' && (
                    <button
                      type="button"
                      disabled={decide.busy}
                      onClick={() => void decide.run(c.id, 'accepted')}
                      aria-label={`Accept ${c.code}`}
                    >
                      Accept
                    </button>
                  )}
                  {c.status !== 'rejected' && (
                    <button
                      type="button"
                      disabled={decide.busy}
                      onClick={() => void decide.run(c.id, 'rejected')}
                      aria-label={`Reject ${c.code}`}
                    >
                      Reject
                    </button>
                  )}
                </div>
              )}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
