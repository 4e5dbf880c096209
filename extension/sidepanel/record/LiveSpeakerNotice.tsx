import { useEffect, useState } from 'react';
import type { Note } from '../../../shared/api/notes.responses.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { RedraftBanner } from '../review/RedraftBanner.js';

interface Props {
  api: ScribeApi;
  /** Lines whose speaker the clinician changed on this view. */
  corrected: number;
  /** The server's note of this encounter, when one was drafted already. */
  noteId: string | null;
  error: string | null;
  /** Opens the re-drafted note for review. */
  onOpenNote(noteId: string): void;
}

/**
 * What the recording view's speaker corrections lead to: before a note exists they are simply used
 * when it is drafted; once the server drafted one, the same re-draft offer as in the review.
 */
export function LiveSpeakerNotice({ api, corrected, noteId, error, onOpenNote }: Props) {
  const [note, setNote] = useState<Note | null>(null);
  useEffect(() => {
    setNote(null);
    if (!noteId || corrected === 0) return;
    void api.getNote(noteId).then(setNote, () => {});
  }, [api, noteId, corrected]);
  const redraft = useAsyncAction(async () => {
    if (!note) return;
    await api.redraft(note.id, note.version);
    onOpenNote(note.id);
  });
  return (
    <>
      {(error ?? redraft.error) && (
        <div className="alert error" role="alert">
          {error ?? redraft.error}
        </div>
      )}
      {corrected > 0 && !noteId && (
        <div className="alert info" role="status" data-testid="speaker-corrections-saved">
          Saved. The note will be drafted with the speaker{corrected === 1 ? '' : 's'} you corrected.
        </div>
      )}
      {corrected > 0 && note && (
        <RedraftBanner
          api={api}
          note={note}
          corrected={corrected}
          busy={redraft.busy}
          blockedBy={note.status === 'signed' ? 'The note is signed; it can no longer be re-drafted.' : null}
          onRedraft={() => void redraft.run()}
        />
      )}
    </>
  );
}
