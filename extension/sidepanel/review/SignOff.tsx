import { useState } from 'react';
import type { Note } from '../../../shared/api/notes.responses.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import type { AuthSession } from '../../lib/storage/session.js';

interface Props {
  api: ScribeApi;
  session: AuthSession;
  note: Note;
  onChange(n: Note): void;
}

/** Signing (clinicians only) locks the note; afterwards only addenda can be added. */
export function SignOff({ api, session, note, onChange }: Props) {
  const [addendum, setAddendum] = useState('');
  const isClinician = session.user.role === 'clinician';
  const sign = useAsyncAction(async () => onChange(await api.signNote(note.id, note.version)));
  const addAddendum = useAsyncAction(async () => {
    onChange(await api.addAddendum(note.id, addendum));
    setAddendum('');
  });
  const signed = note.status === 'signed';
  return (
    <section className="card stack" aria-labelledby="sign-title">
      <h2 id="sign-title">Sign-off</h2>
      {signed ? (
        <div className="alert ok" role="status">
          Signed {note.signedAt ? new Date(note.signedAt).toLocaleString() : ''}. The note is locked.
        </div>
      ) : isClinician ? (
        <>
          <p className="muted">
            Signing attests that you reviewed this note. It cannot be edited afterwards.
          </p>
          <button type="button" className="primary" disabled={sign.busy} onClick={() => void sign.run()}>
            {sign.busy ? 'Signing…' : `Sign note (version ${note.version})`}
          </button>
        </>
      ) : (
        <p className="muted">
          Only the treating clinician can sign. Staff can review, edit and insert the draft.
        </p>
      )}
      {sign.error && (
        <div className="alert error" role="alert">
          {sign.error}
        </div>
      )}
      {note.addenda.length > 0 && (
        <div className="stack">
          <h3>Addenda</h3>
          {note.addenda.map((a) => (
            <div key={a.id} className="alert info">
              <span className="muted">{new Date(a.createdAt).toLocaleString()}</span>
              <br />
              {a.text}
            </div>
          ))}
        </div>
      )}
      {signed && isClinician && (
        <div className="stack">
          <label>
            Addendum
            <textarea value={addendum} onChange={(e) => setAddendum(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={!addendum.trim() || addAddendum.busy}
            onClick={() => void addAddendum.run()}
          >
            Add addendum
          </button>
          {addAddendum.error && <div className="alert error">{addAddendum.error}</div>}
        </div>
      )}
    </section>
  );
}
