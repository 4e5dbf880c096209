import { Fragment } from 'react';
import type { NoteSection, NoteSentence } from '../../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { flagReason } from '../../lib/review/flag-reason.js';
import { EvidencePopover } from './EvidencePopover.js';

interface Props {
  section: NoteSection;
  locked: boolean;
  /** The section editor's text while it is open (not saved yet); undefined when closed. */
  editText: string | undefined;
  saving: boolean;
  selected: NoteSentence | null;
  /** The sentence that holds the note body's single tab stop. */
  tabStopId: string | null;
  segments: readonly TranscriptSegment[];
  acknowledged: ReadonlySet<string>;
  onSelect(sentence: NoteSentence | null): void;
  onKeyNav(event: React.KeyboardEvent, sentence: NoteSentence): void;
  onEditStart(): void;
  onEditChange(text: string): void;
  onEditCancel(): void;
  onSave(): void;
  onAcknowledge(sentence: NoteSentence): void;
}

const supportLabel: Record<NoteSentence['support'], string> = {
  supported: 'supported by the transcript',
  unsupported: 'not supported by the transcript: check before signing',
  edited: 'written or changed by a person',
};

/** One note section: sentences (evidence on click or Enter, shown beside the sentence) and inline editing. */
export function NoteSectionView(p: Props) {
  const { section, locked, editText, selected } = p;
  const unsupported = section.sentences.filter((s) => s.support === 'unsupported' || s.review).length;
  const selectedHere = selected && section.sentences.some((s) => s.id === selected.id) ? selected : null;
  return (
    <div className="note-section" data-section={section.id}>
      <div className="row spread">
        <h3 id={`section-${section.id}`}>{section.title}</h3>
        <div className="row">
          {unsupported > 0 && <span className="badge warn">{unsupported} to check</span>}
          {!locked && editText === undefined && (
            <button
              type="button"
              className="link"
              onClick={p.onEditStart}
              aria-label={`Edit ${section.title}`}
            >
              Edit
            </button>
          )}
        </div>
      </div>
      {editText !== undefined && !locked ? (
        <div className="stack">
          <textarea
            aria-label={`${section.title} text`}
            value={editText}
            rows={Math.max(3, Math.ceil(editText.length / 60))}
            onChange={(e) => p.onEditChange(e.target.value)}
          />
          <div className="row">
            <button type="button" className="primary" onClick={p.onSave} disabled={p.saving}>
              {p.saving ? 'Saving…' : 'Save section'}
            </button>
            <button type="button" onClick={p.onEditCancel} disabled={p.saving}>
              Discard changes
            </button>
          </div>
        </div>
      ) : section.sentences.length === 0 ? (
        <p className="muted">Nothing documented.</p>
      ) : (
        <div className="sentences">
          {section.sentences.map((s) => (
            <Fragment key={s.id}>
              <button
                type="button"
                className={`sentence ${s.support}${s.heading ? ' problem-heading' : ''}${s.review ? ' flagged' : ''}${selected?.id === s.id ? ' active' : ''}`}
                data-support={s.support}
                data-sentence-id={s.id}
                aria-label={`${s.heading ? 'Problem: ' : ''}${s.text} (${s.review ? `flagged: ${s.review}` : supportLabel[s.support]})`}
                aria-pressed={selected?.id === s.id}
                tabIndex={p.tabStopId === s.id ? 0 : -1}
                onClick={() => p.onSelect(selected?.id === s.id ? null : s)}
                onKeyDown={(e) => p.onKeyNav(e, s)}
              >
                {s.text}
                {flagReason(s) && (
                  // The button's label already says it; this is the visible marker.
                  <span className="check-flag" aria-hidden="true">
                    <span className="check-flag-word">⚠ check</span> {flagReason(s)}
                  </span>
                )}
              </button>{' '}
              {/* Right below its sentence, not at the end of the section. */}
              {selectedHere?.id === s.id && (
                <EvidencePopover
                  sentence={s}
                  segments={p.segments}
                  locked={locked}
                  acknowledged={p.acknowledged.has(s.id)}
                  onAcknowledge={() => p.onAcknowledge(s)}
                  onEdit={p.onEditStart}
                  onClose={() => p.onSelect(null)}
                />
              )}
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
