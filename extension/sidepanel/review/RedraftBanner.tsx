import { useEffect, useState } from 'react';
import type { Note } from '../../../shared/api/notes.responses.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';

interface Props {
  api: ScribeApi;
  note: Note;
  /** Lines whose speaker the clinician changed since the note was drafted or opened. */
  corrected: number;
  busy: boolean;
  /** Why Re-draft cannot run now (e.g. an open editor), or null. */
  blockedBy: string | null;
  onRedraft(): void;
}

/**
 * After speaker corrections: offers a re-draft that uses them. It always makes the next version;
 * when the current one holds a person's edits the banner says so first (they stay in the history).
 */
export function RedraftBanner({ api, note, corrected, busy, blockedBy, onRedraft }: Props) {
  const [editedByPerson, setEditedByPerson] = useState(false);
  const { id, version } = note;
  useEffect(() => {
    void api.listVersions(id).then(
      (versions) => setEditedByPerson(versions.find((v) => v.version === version)?.kind === 'edited'),
      () => setEditedByPerson(false),
    );
  }, [api, id, version]);
  return (
    <div className="alert info stack" role="status" data-testid="redraft-offer">
      <span>
        You changed who said {corrected} line{corrected === 1 ? '' : 's'}. Re-draft the note so it uses the
        corrected speakers.
      </span>
      <span>
        {editedByPerson
          ? `Version ${version} has edits by a person: re-drafting writes version ${version + 1} from the transcript and does not copy them; version ${version} stays in the version history.`
          : `Re-drafting writes version ${version + 1}; version ${version} stays in the version history.`}
      </span>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || blockedBy !== null}
          aria-describedby="redraft-why"
          onClick={onRedraft}
        >
          {busy ? 'Re-drafting…' : `Re-draft as version ${version + 1}`}
        </button>
      </div>
      <p id="redraft-why" className="why-disabled">
        {blockedBy ?? ''}
      </p>
    </div>
  );
}
