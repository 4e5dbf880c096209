import { type ReactNode, useEffect, useRef } from 'react';
import type { TranscriptLine } from '../../../shared/api/encounters.responses.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import { highlightParts } from '../../lib/review/highlight.js';
import { formatClock } from '../../ui/format.js';
import { SpeakerControl } from './SpeakerControl.js';
import { useChipRoving } from './use-chip-roving.js';

/**
 * The encounter transcript; the evidence of the selected sentence is highlighted and scrolled into
 * view. Each line shows who said it (recorded, corrected, or the model's "likely" guess); a line the
 * recorder left unlabelled can be corrected while the note is a draft (`onCorrectSpeaker`).
 */
export function TranscriptPane({
  segments,
  evidence,
  onCorrectSpeaker,
  notice,
}: {
  segments: TranscriptLine[];
  evidence: Evidence[];
  onCorrectSpeaker?: (seq: number, role: 'clinician' | 'patient' | 'other' | null) => Promise<boolean>;
  /** What the corrections led to (the re-draft offer), right above the lines. */
  notice?: ReactNode;
}) {
  // The speaker chips are one tab stop (a long visit has hundreds): arrow keys move between them.
  const chipSeqs = onCorrectSpeaker
    ? segments.filter((s) => s.speaker === 'unknown').map((s) => String(s.seq))
    : [];
  const listRef = useRef<HTMLOListElement>(null);
  const { tabStop, onChipKey, onFocusChip } = useChipRoving(chipSeqs, listRef);
  const firstSeq = evidence[0]?.seq;
  useEffect(() => {
    const list = listRef.current;
    const line = list?.querySelector<HTMLElement>(`[data-seq="${firstSeq}"]`);
    if (firstSeq === undefined || !list || !line) return;
    // Scrolls the transcript box only: the page stays on the sentence the reviewer is reading.
    list.scrollTop = line.offsetTop - list.offsetTop - 8;
  }, [firstSeq]);
  return (
    <section className="card stack transcript-card" aria-labelledby="transcript-title">
      <h2 id="transcript-title">Transcript</h2>
      {notice}
      {chipSeqs.length > 0 && (
        <p className="visually-hidden">
          Each line shows who said it. Use the arrow keys to move between speakers; Enter changes one.
        </p>
      )}
      {/* Focusable: a scrolling box must be scrollable by keyboard too. */}
      <ol
        ref={listRef}
        className="transcript"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container needs a tab stop for keyboard scrolling
        tabIndex={0}
        aria-labelledby="transcript-title"
      >
        {segments.map((s) => {
          const parts = highlightParts(s.text, s.seq, evidence);
          const hit = parts.some((p) => p.highlighted);
          return (
            <li
              key={s.seq}
              data-seq={s.seq}
              data-speaker={s.correctedRole ?? (s.speaker === 'unknown' ? s.inferredRole : s.speaker) ?? ''}
              className={hit ? 'segment highlight' : 'segment'}
            >
              <span className="time">{formatClock(s.startMs)}</span>
              <div>
                <SpeakerControl
                  line={s}
                  {...(onCorrectSpeaker ? { onCorrect: onCorrectSpeaker } : {})}
                  tabStop={tabStop === String(s.seq)}
                  onKeyNav={onChipKey}
                  onFocusChip={onFocusChip}
                />{' '}
                {parts.map((p, i) =>
                  p.highlighted ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                    <mark key={i}>{p.text}</mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
                    <span key={i}>{p.text}</span>
                  ),
                )}
              </div>
              <span />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
