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

/** A signed note's lock and its addenda (signing itself is in the review footer, behind the checklist). */
export function SignOff({ api, session, note, onChange }: Props) {
  const [addendum, setAddendum] = useState('');
  const isClinician = session.user.role === 'clinician';
  const addAddendum = useAsyncAction(async () => {
    onChange(await api.addAddendum(note.id, addendum));
    setAddendum('');
  });
  const signed = note.status === 'signed';
  if (!signed && note.addenda.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="sign-title">
      <h2 id="sign-title">Sign-off</h2>
      {signed && (
        <div className="alert ok" role="status">
          Signed {note.signedAt ? new Date(note.signedAt).toLocaleString() : ''}. The note is locked.
        </div>
      )}
      {note.addenda.length > 0 && (
        <div className="stack">
          <h3>Addenda</h3>
          {note.addenda.map((a) => (
            <div key={a.id} className="alert info">
              <span>{new Date(a.createdAt).toLocaleString()}</span>
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
            aria-describedby="addendum-why"
            onClick={() => void addAddendum.run()}
          >
            Add addendum
          </button>
          {!addendum.trim() && (
            <span id="addendum-why" className="muted">
              Type the addendum first.
            </span>
          )}
          {addAddendum.error && <div className="alert error">{addAddendum.error}</div>}
        </div>
      )}
    </section>
  );
}
