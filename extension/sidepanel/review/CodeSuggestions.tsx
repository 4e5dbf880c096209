import { useState } from 'react';
import type { Note, NoteCode } from '../../../shared/api/notes.responses.js';
import { CONFIDENT_CODE_SCORE } from '../../../shared/clinical/codes.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import { dottedIcd10 } from '../../../shared/clinical/export/icd10.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';

const statusBadge = { suggested: 'info', accepted: 'ok', rejected: 'danger' } as const;
/** Most suggestions shown before "Show more". */
const FIRST_SHOWN = 5;

interface Props {
  api: ScribeApi;
  note: Note;
  onChange(n: Note): void;
  onShowEvidence(evidence: Evidence[]): void;
}

/** Most confident first; ties by code, so a decision never reorders the list. */
export function byConfidence(codes: readonly NoteCode[]): NoteCode[] {
  return [...codes].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}

/** The suggestions shown before "Show more": the confident ones (at most five), or the best one. */
export function firstShown(sorted: readonly NoteCode[]): NoteCode[] {
  const confident = sorted.filter((c) => c.score >= CONFIDENT_CODE_SCORE).slice(0, FIRST_SHOWN);
  return confident.length > 0 ? confident : sorted.slice(0, 1);
}

const percent = (score: number) => `${Math.round(Math.min(Math.max(score, 0), 1) * 100)}%`;

/**
 * ICD-10-CM suggestions, most confident first with their confidence, rationale and transcript evidence.
 * The reviewer accepts or rejects each (Accept and Reject keep their places whatever was decided), or
 * accepts every undecided suggestion shown at once; "Show more" reveals the less confident ones.
 */
export function CodeSuggestions({ api, note, onChange, onShowEvidence }: Props) {
  const [showAll, setShowAll] = useState(false);
  const decide = useAsyncAction(async (codeId: string, status: 'accepted' | 'rejected' | 'suggested') => {
    onChange(await api.decideCode(note.id, codeId, status));
  });
  const locked = note.status === 'signed';
  const sorted = byConfidence(note.codes);
  const first = firstShown(sorted);
  const shown = showAll ? sorted : first;
  const hidden = sorted.length - shown.length;
  const undecided = shown.filter((c) => c.status === 'suggested');
  const acceptAll = useAsyncAction(async () => {
    let latest: Note | undefined;
    for (const c of undecided) latest = await api.decideCode(note.id, c.id, 'accepted');
    if (latest) onChange(latest);
  });
  const busy = decide.busy || acceptAll.busy;
  const error = decide.error ?? acceptAll.error;
  return (
    <section className="card stack" aria-labelledby="codes-title">
      <div className="row spread">
        <h2 id="codes-title">Suggested codes</h2>
        {!locked && undecided.length > 0 && (
          <button type="button" disabled={busy} onClick={() => void acceptAll.run()}>
            Accept all shown ({undecided.length})
          </button>
        )}
      </div>
      {note.codes.length === 0 && <p className="muted">No code suggestions for this note.</p>}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <div className="codes">
        {shown.map((c) => (
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
                <span className="row" style={{ gap: 4 }}>
                  <span className="badge" title="How likely a coder is to assign this code">
                    {percent(c.score)} confidence
                  </span>
                  <span className={`badge ${statusBadge[c.status]}`}>{c.status}</span>
                </span>
              </div>
              <span className="muted">{c.rationale}</span>
              {!locked && (
                <div className="row">
                  <button
                    type="button"
                    disabled={busy || c.status === 'accepted'}
                    aria-pressed={c.status === 'accepted'}
                    onClick={() => void decide.run(c.id, 'accepted')}
                    aria-label={`Accept ${c.code}`}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    disabled={busy || c.status === 'rejected'}
                    aria-pressed={c.status === 'rejected'}
                    onClick={() => void decide.run(c.id, 'rejected')}
                    aria-label={`Reject ${c.code}`}
                  >
                    Reject
                  </button>
                </div>
              )}
            </div>
          </div>
        ))}
      </div>
      {(hidden > 0 || showAll) && sorted.length > first.length && (
        <button type="button" className="link" onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show fewer' : `Show more (${hidden})`}
        </button>
      )}
    </section>
  );
}
