import { useMemo } from 'react';
import { type SegmentRole, segmentRoles } from '../../../shared/clinical/speaker-role/segment-roles.js';
import type { LocalSegment } from '../../lib/db/scribe-db.js';
import { speakerChip } from '../../lib/review/speaker-chip.js';
import { formatClock } from '../../ui/format.js';
import { SpeakerTag } from '../review/SpeakerControl.js';

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

/**
 * Who spoke: as telehealth mode tells from its two inputs, else (every microphone-only line) the
 * speaker-role model's guess from the wording, computed on this device; a line nobody can guess gets
 * no chip. Corrections are made when the note is reviewed.
 */
const speakerTag = (s: LocalSegment, guess: SegmentRole | undefined) => {
  const chip = speakerChip({
    speaker: s.speaker,
    inferredRole: guess?.role ?? null,
    roleConfidence: guess?.confidence ?? null,
  });
  return chip.kind === 'none' ? null : <SpeakerTag chip={chip} />;
};

/** The transcript as it is produced, with each segment's speaker and upload state. */
export function LiveTranscript({ segments }: { segments: LocalSegment[] }) {
  const pending = segments.filter((s) => s.sync === 'pending').length;
  const synced = segments.filter((s) => s.sync === 'synced').length;
  const guesses = useMemo(() => segmentRoles(segments), [segments]);
  return (
    <section className="card stack" aria-labelledby="live-title">
      <div className="row spread">
        <h2 id="live-title">Transcript</h2>
        <span className="muted" data-testid="sync-summary" aria-live="polite">
          {synced} saved on the server{pending > 0 ? ` · ${pending} waiting on this computer` : ''}
        </span>
      </div>
      {segments.length === 0 ? (
        <p className="muted">Segments appear here a few seconds after each pause in speech.</p>
      ) : (
        <ol
          className="transcript"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          // Scrolls when long: focusable so keyboard users can scroll it too.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          tabIndex={0}
          aria-label="Transcript lines"
          data-testid="live-segments"
        >
          {segments.map((s) => (
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
                {speakerTag(s, guesses.get(s.seq))} {s.text}
              </span>
              {syncBadge(s)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
