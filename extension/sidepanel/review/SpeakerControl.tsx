import { useRef, useState } from 'react';
import { type SpeakerChip, type SpeakerFacts, speakerChip } from '../../lib/review/speaker-chip.js';

type Role = 'clinician' | 'patient' | 'other';
const choices: ReadonlyArray<[Role, string]> = [
  ['clinician', 'Clinician'],
  ['patient', 'Patient'],
  ['other', 'Someone else'],
];

/** The speaker chip of a transcript line; not a control (recorded labels, signed notes). */
export function SpeakerTag({ chip }: { chip: SpeakerChip }) {
  return (
    <span className={`speaker ${chip.kind} ${chip.role ?? ''}`} title={chip.description}>
      <span aria-hidden="true">{chip.text}</span>
      <span className="visually-hidden">{chip.description}.</span>
    </span>
  );
}

interface Props {
  line: SpeakerFacts & { seq: number };
  /** Absent: the line cannot be corrected (signed note, read-only access). */
  onCorrect?: (seq: number, role: Role | null) => Promise<boolean>;
  /** The transcript's chips are one tab stop: this one holds it; arrow keys move it (`onKeyNav`). */
  tabStop?: boolean;
  onKeyNav?: (event: React.KeyboardEvent, seq: number) => void;
  onFocusChip?: (seq: number) => void;
}

/**
 * Who said a transcript line. For a line the recorder left `unknown` the chip is a button: it opens
 * the three answers (and "undo" after a correction); the choice is saved at once.
 */
export function SpeakerControl({ line, onCorrect, tabStop = true, onKeyNav, onFocusChip }: Props) {
  const chip = speakerChip(line);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const chipRef = useRef<HTMLButtonElement>(null);
  if (line.speaker !== 'unknown' || !onCorrect) return <SpeakerTag chip={chip} />;
  const close = () => {
    setOpen(false);
    chipRef.current?.focus();
  };
  const choose = async (role: Role | null) => {
    setBusy(true);
    const saved = await onCorrect(line.seq, role);
    setBusy(false);
    if (saved) close();
  };
  const groupId = `speaker-choices-${line.seq}`;
  return (
    <>
      <button
        ref={chipRef}
        type="button"
        className={`speaker ${chip.kind} ${chip.role ?? ''}`}
        aria-expanded={open}
        aria-controls={groupId}
        aria-label={`${chip.description}. Change who said this line`}
        title={chip.description}
        data-testid="speaker-chip"
        tabIndex={tabStop ? 0 : -1}
        onKeyDown={(e) => onKeyNav?.(e, line.seq)}
        onFocus={() => onFocusChip?.(line.seq)}
        onClick={() => {
          setOpen((o) => !o);
          // The answers must be in view, above the sticky Sign footer (scroll-margin in review.css).
          requestAnimationFrame(() => document.getElementById(groupId)?.scrollIntoView({ block: 'nearest' }));
        }}
      >
        {chip.text} <span aria-hidden="true">▾</span>
      </button>{' '}
      {open && (
        <fieldset
          id={groupId}
          className="speaker-choices"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <legend className="visually-hidden">Who said this line?</legend>
          {choices.map(([role, label]) => (
            <button
              key={role}
              type="button"
              aria-pressed={line.correctedRole === role}
              disabled={busy}
              onClick={() => void choose(role)}
            >
              {label}
            </button>
          ))}
          {line.correctedRole && (
            <button type="button" className="link" disabled={busy} onClick={() => void choose(null)}>
              Undo my correction
            </button>
          )}
        </fieldset>
      )}
    </>
  );
}
