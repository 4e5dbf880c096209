import type { Note } from '../../../shared/api/notes.responses.js';
import type { EhrInsert } from '../../lib/review/use-ehr-insert.js';
import { InsertPanel } from './InsertPanel.js';

interface Props {
  note: Note;
  canSign: boolean;
  /** Open sign-off checklist items (signing opens the checklist instead while there are any). */
  openItems: number;
  signing: boolean;
  signError: string | null;
  onSign(): void;
  insert: EhrInsert;
  onInsert(): void;
  /** Why Insert cannot be used now (null: it can). */
  insertBlockedBy: string | null;
  children?: React.ReactNode;
}

/** Always on screen at the bottom of the review: Sign and Insert, each saying why it cannot act. */
export function ReviewFooter(p: Props) {
  const signed = p.note.status === 'signed';
  const busyInserting = p.insert.state.phase === 'working';
  const insertWhy = busyInserting ? 'Checking the EHR chart…' : p.insertBlockedBy;
  return (
    <section className="review-footer" aria-label="Sign and insert">
      <div className="review-footer-panels">
        {p.children}
        <InsertPanel insert={p.insert} />
        {p.signError && (
          <div className="alert error" role="alert">
            {p.signError}
          </div>
        )}
      </div>
      <div className="row">
        {!signed && p.canSign && (
          <button
            type="button"
            className="primary"
            disabled={p.signing}
            aria-describedby="sign-why"
            onClick={p.onSign}
          >
            {p.signing ? 'Signing…' : `Sign note (version ${p.note.version})`}
          </button>
        )}
        <button
          type="button"
          className={signed ? 'primary' : ''}
          disabled={insertWhy !== null}
          aria-describedby="insert-why"
          onClick={p.onInsert}
        >
          {p.insert.state.phase === 'done' ? 'Insert again' : 'Insert into EHR'}
        </button>
      </div>
      <p className="muted footer-why">
        {!signed && p.canSign && (
          <span id="sign-why">
            {p.openItems > 0
              ? `${p.openItems} item${p.openItems === 1 ? '' : 's'} to check before signing. `
              : 'Signing attests you reviewed this note; it is then locked. '}
          </span>
        )}
        {!signed && !p.canSign && <span>Only the treating clinician can sign. </span>}
        <span id="insert-why">
          {insertWhy ?? (signed ? 'Checks the chart’s patient, then inserts.' : 'Inserts it marked DRAFT.')}
        </span>
      </p>
    </section>
  );
}
