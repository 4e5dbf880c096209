import type { NoteSentence } from '../../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { highlightParts } from '../../lib/review/highlight.js';
import { formatClock } from '../../ui/format.js';

interface Props {
  sentence: NoteSentence;
  segments: readonly TranscriptSegment[];
  locked: boolean;
  acknowledged: boolean;
  onAcknowledge(): void;
  onEdit(): void;
  onClose(): void;
}

/** The transcript words behind the selected sentence, shown right below it (the transcript scrolls there too). */
export function EvidencePopover({
  sentence,
  segments,
  locked,
  acknowledged,
  onAcknowledge,
  onEdit,
  onClose,
}: Props) {
  const seqs = new Set(sentence.evidence.map((e) => e.seq));
  const lines = segments.filter((s) => seqs.has(s.seq));
  return (
    <section
      className="evidence-pop"
      aria-label="Evidence for the selected sentence"
      data-testid="evidence-pop"
    >
      <div className="row spread">
        <strong>
          {sentence.support === 'supported'
            ? 'What was said'
            : sentence.support === 'edited'
              ? 'Written by a person'
              : 'Not found in the transcript'}
        </strong>
        <button type="button" className="link" onClick={onClose} aria-label="Close evidence">
          Close
        </button>
      </div>
      {lines.length > 0 ? (
        <ul className="evidence-lines">
          {lines.map((s) => (
            <li key={s.seq}>
              <span className="muted">{formatClock(s.startMs)}</span>{' '}
              {highlightParts(s.text, s.seq, sentence.evidence).map((part, i) =>
                part.highlighted ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                  <mark key={i}>{part.text}</mark>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                  <span key={i}>{part.text}</span>
                ),
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {sentence.support === 'edited'
            ? 'A person wrote or changed this sentence; they are its source.'
            : 'No words in the transcript back this sentence. It may be wrong: fix it or confirm it is right.'}
        </p>
      )}
      {sentence.review && (
        <p className="flag-reason">Check the wording: {sentence.review.replace(/\.\s*$/, '')}.</p>
      )}
      {(sentence.support === 'unsupported' || sentence.review) && !locked && (
        <div className="row">
          {acknowledged ? (
            <span className="badge ok">Checked: kept as written</span>
          ) : (
            <button type="button" onClick={onAcknowledge}>
              It is correct, keep it
            </button>
          )}
          <button type="button" onClick={onEdit}>
            Fix the text
          </button>
        </div>
      )}
    </section>
  );
}
