import { useCallback, useEffect, useState } from 'react';
import type { Note } from '../../../shared/api/notes.responses.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import type { NoteSection, NoteSentence } from '../../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { AppError } from '../../../shared/errors.js';
import { describeError } from '../../lib/api/api-error.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { applySectionEdit } from '../../lib/review/edit-section.js';
import type { AuthSession } from '../../lib/storage/session.js';
import { CodeSuggestions } from './CodeSuggestions.js';
import { InsertIntoEhr } from './InsertIntoEhr.js';
import { NoteSectionView } from './NoteSectionView.js';
import { SignOff } from './SignOff.js';
import { TranscriptPane } from './TranscriptPane.js';
import { VersionHistory } from './VersionHistory.js';

interface Props {
  api: ScribeApi;
  session: AuthSession;
  noteId: string;
  onClose(): void;
}

/** Review of one note: evidence-linked sentences, edits saved as versions, codes, sign-off, EHR insert. */
export function NoteReview({ api, session, noteId, onClose }: Props) {
  const [note, setNote] = useState<Note | null>(null);
  const [segments, setSegments] = useState<TranscriptSegment[]>([]);
  const [selected, setSelected] = useState<NoteSentence | null>(null);
  // Evidence shown in the transcript: the selected sentence's, or a code's.
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const select = (sentence: NoteSentence | null) => {
    setSelected(sentence);
    setEvidence(sentence?.evidence ?? []);
  };
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const reload = useCallback(async () => {
    try {
      const fresh = await api.getNote(noteId);
      setNote(fresh);
      setConflict(false);
      setSegments(await api.listSegments(fresh.encounterId));
    } catch (e) {
      setError(describeError(e));
    }
  }, [api, noteId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const saveSection = async (section: NoteSection, text: string): Promise<boolean> => {
    if (!note) return false;
    const content = {
      ...note.content,
      sections: note.content.sections.map((s) => (s.id === section.id ? applySectionEdit(s, text) : s)),
    };
    try {
      setNote(await api.saveNote(note.id, content, note.version));
      setError(null);
      return true;
    } catch (e) {
      // A stale version is explained, never overwritten: the clinician's text stays in the editor.
      if (e instanceof AppError && e.code === 'precondition_failed') setConflict(true);
      else setError(describeError(e));
      return false;
    }
  };

  if (!note) {
    return (
      <div className="card">
        {error ? <div className="alert error">{error}</div> : <p className="muted">Loading note…</p>}
      </div>
    );
  }
  const locked = note.status === 'signed';
  const unsupported = note.content.sections
    .flatMap((s) => s.sentences)
    .filter((s) => s.support === 'unsupported');
  return (
    <div data-testid="note-review">
      <div className="row spread" style={{ marginBottom: 8 }}>
        <button type="button" className="link" onClick={onClose}>
          ← Back
        </button>
        <div className="row">
          <span className={`badge ${locked ? 'ok' : 'info'}`} data-testid="note-status">
            {locked ? 'Signed' : 'Draft'}
          </span>
          <span className="badge">Version {note.version}</span>
          {note.integrity === 'broken' && <span className="badge danger">Integrity check failed</span>}
        </div>
      </div>
      {conflict && (
        <div className="alert warn" role="alert">
          Someone saved a newer version of this note while you were editing. Your change was not saved and
          nothing was overwritten; your text is still in the editor.{' '}
          <button type="button" className="link" onClick={() => void reload()}>
            Load the latest version
          </button>
          , review it, then save again if your change still applies.
        </div>
      )}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {note.content.warnings.map((w) => (
        <div key={w} className="alert warn">
          {w}
        </div>
      ))}
      {unsupported.length > 0 && !locked && (
        <div className="alert warn">
          {unsupported.length} sentence{unsupported.length === 1 ? ' is' : 's are'} not supported by the
          transcript (wavy underline). Check or edit before signing.
        </div>
      )}
      <section className="card" aria-label="Note">
        {note.content.sections.map((s) => (
          <NoteSectionView
            key={s.id}
            section={s}
            locked={locked}
            activeSentenceId={selected?.id ?? null}
            onSelect={select}
            onSave={saveSection}
          />
        ))}
      </section>
      <TranscriptPane segments={segments} evidence={evidence} />
      <CodeSuggestions
        api={api}
        note={note}
        onChange={setNote}
        onShowEvidence={(e) => {
          setSelected(null);
          setEvidence(e);
        }}
      />
      <SignOff api={api} session={session} note={note} onChange={setNote} />
      <InsertIntoEhr note={note} />
      <VersionHistory api={api} note={note} />
    </div>
  );
}
