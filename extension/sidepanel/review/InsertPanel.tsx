import { useState } from 'react';
import type { EhrInsert, PreparedInsert } from '../../lib/review/use-ehr-insert.js';

const modeWords = {
  append: 'Adds the note below the text already in the field.',
  replace: 'Replaces the text in the field.',
  cursor: 'Puts the note at the cursor in the field.',
} as const;

/** The note's patient beside what the chart shows: the comparison every insert depends on. */
function IdentityCheck({ p }: { p: PreparedInsert }) {
  const { patient, visitDate, status } = p.ehr;
  return (
    <table className="identity" data-testid="insert-identity">
      <tbody>
        <tr>
          <th scope="row">Note</th>
          <td>
            {patient.displayName ?? 'Unnamed'} · MRN <strong className="mono">{patient.mrn}</strong> · visit{' '}
            {visitDate} · {status === 'signed' ? 'SIGNED' : 'DRAFT'}
          </td>
        </tr>
        <tr>
          <th scope="row">EHR chart</th>
          <td>
            {p.chartMrn ? (
              <>
                MRN <strong className="mono">{p.chartMrn}</strong>
              </>
            ) : (
              'no patient identifier found'
            )}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** What the insert is doing or needs: progress, the wrong-patient block and its override, the replace preview. */
export function InsertPanel({ insert }: { insert: EhrInsert }) {
  const { state } = insert;
  const [reason, setReason] = useState('');
  if (state.phase === 'idle') return null;
  if (state.phase === 'working')
    return (
      <p className="muted" role="status">
        Checking the EHR chart…
      </p>
    );
  if (state.phase === 'error')
    return (
      <div className="alert error" role="alert">
        {state.text}
      </div>
    );
  const p = state.prepared;
  if (state.phase === 'done')
    return (
      <div className={`alert ${state.recorded ? 'ok' : 'warn'}`} role="status" data-testid="insert-result">
        {state.note} Chart of {p.ehr.patient.displayName ?? 'the patient'} (MRN {p.ehr.patient.mrn}).
      </div>
    );
  if (state.phase === 'blocked') {
    const short = reason.trim().length < 10;
    return (
      <section className="stack insert-blocked" aria-labelledby="blocked-title" data-testid="insert-blocked">
        <div className="alert error" role="alert" id="blocked-title">
          {p.chartMrn
            ? `Not inserted: the EHR tab shows another patient (MRN ${p.chartMrn}).`
            : 'Not inserted: the patient identifier could not be read in the EHR tab.'}{' '}
          Open {p.ehr.patient.displayName ?? 'this patient'}’s chart, then check again.
        </div>
        <IdentityCheck p={p} />
        <div className="row">
          <button type="button" className="primary" onClick={() => void insert.start()}>
            Check again
          </button>
          <button type="button" onClick={insert.cancel}>
            Cancel
          </button>
        </div>
        <details>
          <summary>Insert into this chart anyway…</summary>
          <div className="stack">
            <label>
              Why is this the right chart? (recorded and reviewed)
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
            </label>
            <button
              type="button"
              className="danger"
              disabled={short}
              aria-describedby="override-why"
              onClick={() => void insert.override(p, reason)}
            >
              Insert anyway
            </button>
            <span id="override-why" className="muted">
              {short
                ? 'Type a reason of at least 10 characters first.'
                : 'This will be audited as high severity.'}
            </span>
          </div>
        </details>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="confirm-title" data-testid="insert-confirm">
      <h2 id="confirm-title">Replace the EHR text?</h2>
      <IdentityCheck p={p} />
      <p>{modeWords[p.mode]}</p>
      {/* The choice comes before the long texts, so it is never scrolled out of the footer. */}
      <div className="row">
        <button type="button" className="primary" onClick={() => void insert.confirm(p)}>
          Replace EHR text
        </button>
        <button type="button" onClick={insert.cancel}>
          Cancel
        </button>
      </div>
      <div className="diff">
        <div>
          <h3>Now in the EHR</h3>
          <pre data-testid="ehr-current">{p.current || '(empty)'}</pre>
        </div>
        <div>
          <h3>Will be inserted</h3>
          <pre>{p.ehr.text}</pre>
        </div>
      </div>
    </section>
  );
}
