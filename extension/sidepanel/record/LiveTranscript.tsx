import { type ReactNode, useMemo, useRef } from 'react';
import { type SegmentRole, segmentRoles } from '../../../shared/clinical/speaker-role/segment-roles.js';
import type { LocalSegment } from '../../lib/db/scribe-db.js';
import { speakerChip } from '../../lib/review/speaker-chip.js';
import { formatClock } from '../../ui/format.js';
import { SpeakerControl, SpeakerTag } from '../review/SpeakerControl.js';
import { useChipRoving } from '../review/use-chip-roving.js';

type Role = 'clinician' | 'patient' | 'other';

const syncBadge = (s: LocalSegment) =>
  s.sync === 'synced' ? (
    <span className="badge ok">Saved</span>
  ) : s.sync === 'rejected' ? (
    <span className="badge danger" title={s.lastErrorCode ?? ''}>
      Not accepted
    </span>
  ) : (
    <span className="badge warn" title="Kept on this computer until the server can be reached">
      Waiting
    </span>
  );

interface Props {
  segments: LocalSegment[];
  /** The clinician's corrections by line (from the server). */
  corrections?: ReadonlyMap<number, Role>;
  /** Absent: lines cannot be corrected here. Only lines saved on the server can be. */
  onCorrectSpeaker?: (seq: number, role: Role | null) => Promise<boolean>;
  /** What corrections led to (saved for the draft, a re-draft offer, an error), above the lines. */
  notice?: ReactNode;
}

/**
 * The transcript as it is produced, with each segment's speaker and upload state. Who spoke: as
 * telehealth mode tells from its two inputs, else (every microphone-only line) the speaker-role
 * model's guess from the wording, computed on this device; a line nobody can guess gets no chip. A
 * microphone-only line saved on the server can be corrected here as in the review (`onCorrectSpeaker`).
 */
export function LiveTranscript({ segments, corrections, onCorrectSpeaker, notice }: Props) {
  const pending = segments.filter((s) => s.sync === 'pending').length;
  const synced = segments.filter((s) => s.sync === 'synced').length;
  const lines = useMemo(
    () =>
      segments.map((s) => {
        const correctedRole = corrections?.get(s.seq);
        return correctedRole ? { ...s, correctedRole } : s;
      }),
    [segments, corrections],
  );
  const guesses = useMemo(() => segmentRoles(lines), [lines]);
  const correctable = (s: LocalSegment) =>
    Boolean(onCorrectSpeaker) && s.speaker === 'unknown' && s.sync === 'synced';
  const listRef = useRef<HTMLOListElement>(null);
  const { tabStop, onChipKey, onFocusChip } = useChipRoving(
    segments.filter(correctable).map((s) => String(s.seq)),
    listRef,
  );
  const speakerOf = (s: (typeof lines)[number], guess: SegmentRole | undefined) => {
    const line = {
      seq: s.seq,
      speaker: s.speaker,
      correctedRole: 'correctedRole' in s ? s.correctedRole : undefined,
      inferredRole: guess?.role ?? null,
      roleConfidence: guess?.confidence ?? null,
    };
    if (onCorrectSpeaker && correctable(s))
      return (
        <SpeakerControl
          line={line}
          onCorrect={onCorrectSpeaker}
          tabStop={tabStop === String(s.seq)}
          onKeyNav={onChipKey}
          onFocusChip={onFocusChip}
        />
      );
    const chip = speakerChip(line);
    return chip.kind === 'none' ? null : <SpeakerTag chip={chip} />;
  };
  return (
    <section className="card stack" aria-labelledby="live-title">
      <div className="row spread">
        <h2 id="live-title">Transcript</h2>
        <span className="muted" data-testid="sync-summary" aria-live="polite">
          {synced} saved on the server{pending > 0 ? ` · ${pending} waiting on this computer` : ''}
        </span>
      </div>
      {notice}
      {segments.length === 0 ? (
        <p className="muted">Segments appear here a few seconds after each pause in speech.</p>
      ) : (
        <ol
          ref={listRef}
          className="transcript"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          // Scrolls when long: focusable so keyboard users can scroll it too.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
          aria-label="Transcript lines"
          data-testid="live-segments"
        >
          {lines.map((s) => (
            <li
              key={s.seq}
              className="segment"
              data-seq={s.seq}
              data-start-ms={s.startMs}
              data-end-ms={s.endMs}
              data-sync={s.sync}
              data-speaker={s.speaker}
            >
              <span className="time">{formatClock(s.startMs)}</span>
              <span>
                {speakerOf(s, guesses.get(s.seq))} {s.text}
              </span>
              {syncBadge(s)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
