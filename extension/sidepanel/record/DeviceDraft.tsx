import { browser } from 'wxt/browser';
import type { AutoDraft } from '../../lib/db/local-encounters.js';
import { sectionText } from '../../lib/review/edit-section.js';

interface Props {
  draft: AutoDraft;
  onOpenNote(noteId: string): void;
  onNewConsultation(): void;
}

/**
 * The note drafted on this device while the server could not be reached: read-only here (it is
 * reviewed and signed on the server's copy), with what is kept where said plainly.
 */
export function DeviceDraft({ draft, onOpenNote, onNewConsultation }: Props) {
  const synced = draft.state === 'synced' && draft.noteId;
  return (
    <section className="card stack" aria-labelledby="device-draft-title" data-testid="device-draft">
      <div className="row spread">
        <h2 id="device-draft-title">{synced ? 'Note ready to review' : 'Note drafted on this computer'}</h2>
        <span className={`badge ${synced ? 'ok' : 'warn'}`} data-testid="device-draft-state">
          {synced ? 'On the server' : 'Waiting to sync'}
        </span>
      </div>
      {synced ? (
        <p>The server has the transcript and drafted the note's first version from it.</p>
      ) : (
        <p>
          The Scribe server cannot be reached. The recording's transcript, the patient details and this draft
          are kept on this computer (encrypted) and sync automatically when the server is back; the server
          then makes this note's first version, which you review and sign.
        </p>
      )}
      {draft.deviceContent && !synced && (
        <div className="stack" data-testid="device-draft-note">
          {draft.deviceContent.sections.map((s) => (
            <div key={s.id} className="note-section">
              <h3>{s.title}</h3>
              {s.sentences.length === 0 ? (
                <p className="muted">Nothing in the transcript for this section.</p>
              ) : (
                <p className="section-text">{sectionText(s)}</p>
              )}
            </div>
          ))}
        </div>
      )}
      <div className="row">
        {synced ? (
          <button type="button" className="primary" onClick={() => onOpenNote(draft.noteId!)}>
            Review and sign
          </button>
        ) : (
          <button type="button" onClick={() => browser.runtime.sendMessage({ type: 'uploads.kick' })}>
            Retry now
          </button>
        )}
        <button type="button" onClick={onNewConsultation}>
          New consultation
        </button>
      </div>
    </section>
  );
}
