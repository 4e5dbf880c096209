import type { LocalSegment } from '../../lib/db/scribe-db.js';
import { formatClock } from '../../ui/format.js';

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

const speakerLabel: Record<LocalSegment['speaker'], string> = {
  clinician: 'Clinician',
  patient: 'Patient',
  other: 'Other',
  unknown: 'Not determined',
};

/**
 * Who spoke, as telehealth mode tells from its two inputs. `unknown` (every microphone-only line)
 * shows no chip: a "?" on each line says nothing the clinician can act on.
 */
const speakerTag = (s: LocalSegment) =>
  s.speaker === 'unknown' ? null : (
    <span className={`speaker ${s.speaker}`} title={`Speaker: ${speakerLabel[s.speaker]}`}>
      {speakerLabel[s.speaker]}
    </span>
  );

/** The transcript as it is produced, with each segment's speaker and upload state. */
export function LiveTranscript({ segments }: { segments: LocalSegment[] }) {
  const pending = segments.filter((s) => s.sync === 'pending').length;
  const synced = segments.filter((s) => s.sync === 'synced').length;
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
                {speakerTag(s)}
                {s.speaker === 'unknown' ? '' : ' '}
                {s.text}
              </span>
              {syncBadge(s)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
