import { type FormEvent, useState } from 'react';
import { patientInputSchema } from '../../../shared/api/encounters.js';
import { tabCaptureAvailable } from '../../lib/capture/call-tab.js';
import { askEhrTab, findEhrTab } from '../../lib/ehr/ehr-tab.js';
import { useCallTab } from '../../lib/hooks/use-call-tab.js';

export type ConsentMethod = 'verbal' | 'written' | 'electronic';

export interface ConsentInput {
  mrn: string;
  displayName: string;
  method: ConsentMethod;
  attestedAt: string;
  /** Telehealth mode: also record the call in the tab beside the panel. */
  telehealth: boolean;
}

interface Props {
  clinicianName: string;
  busy: boolean;
  /** Why Start waits while `busy` (shown next to the disabled button). */
  busyReason?: string | undefined;
  submitLabel?: string;
  /** Dictation files have no call tab: no Telehealth choice. */
  allowTelehealth?: boolean;
  onStart(input: ConsentInput): void;
}

/** Recording cannot start until the clinician attests who consented, how, and when. */
export function ConsentForm({
  clinicianName,
  busy,
  busyReason,
  submitLabel = 'Start recording',
  allowTelehealth = true,
  onStart,
}: Props) {
  const [mrn, setMrn] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [method, setMethod] = useState<ConsentMethod>('verbal');
  const [attested, setAttested] = useState(false);
  const [telehealth, setTelehealth] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const canRecordTab = allowTelehealth && tabCaptureAvailable();
  const callTab = useCallTab(canRecordTab && telehealth);
  const mrnValid = patientInputSchema.shape.mrn.safeParse(mrn).success;

  const readFromEhr = async () => {
    setHint(null);
    const tab = await findEhrTab().catch(() => undefined);
    if (!tab) return setHint('No configured EHR tab is open. Type the patient identifier.');
    const answer = await askEhrTab(tab.id, { type: 'ehr.read-patient' }).catch(() => undefined);
    if (answer?.type === 'patient' && answer.mrn) setMrn(answer.mrn);
    else setHint('The EHR page shows no patient identifier where Scribe was told to look.');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!attested || !mrnValid) return;
    onStart({
      mrn: mrn.trim(),
      displayName: displayName.trim(),
      method,
      attestedAt: new Date().toISOString(),
      telehealth: canRecordTab && telehealth,
    });
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="consent-title">
      <h2 id="consent-title">New consultation</h2>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <label style={{ flex: 1 }}>
          Patient identifier (MRN)
          <input value={mrn} onChange={(e) => setMrn(e.target.value)} required autoComplete="off" />
        </label>
        <button type="button" onClick={readFromEhr}>
          Read from EHR
        </button>
      </div>
      {hint && <p className="muted">{hint}</p>}
      <label>
        Patient name (optional)
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="off" />
      </label>
      <fieldset>
        <legend>How did the patient consent?</legend>
        <div className="row">
          {(['verbal', 'written', 'electronic'] as const).map((m) => (
            <label key={m} className="inline">
              <input
                type="radio"
                name="consent-method"
                checked={method === m}
                onChange={() => setMethod(m)}
              />
              {m[0]!.toUpperCase() + m.slice(1)}
            </label>
          ))}
        </div>
      </fieldset>
      {canRecordTab && (
        <div className="stack" style={{ gap: 4 }}>
          <label className="inline">
            <input
              type="checkbox"
              checked={telehealth}
              onChange={(e) => setTelehealth(e.target.checked)}
              aria-describedby="telehealth-help"
            />
            Telehealth: also record the call in this tab
          </label>
          <p id="telehealth-help" className="muted" style={{ margin: 0 }} data-testid="telehealth-help">
            {telehealth
              ? `Records the sound of ${callTab?.title ? `“${callTab.title}”` : 'the tab shown beside this panel'} with your microphone; you keep hearing the call. Transcript lines are marked Clinician or Patient when only one side is speaking.`
              : 'For a video visit in a browser tab: its sound is mixed with your microphone.'}
          </p>
        </div>
      )}
      <label className="inline">
        <input type="checkbox" checked={attested} onChange={(e) => setAttested(e.target.checked)} />
        I, {clinicianName}, attest that the patient consented to this consultation being recorded and
        transcribed.
      </label>
      <button
        type="submit"
        className="record"
        disabled={busy || !attested || !mrnValid}
        aria-describedby="start-why"
      >
        {busy && !busyReason ? 'Starting…' : submitLabel}
      </button>
      <p id="start-why" className="muted why-disabled" aria-live="polite">
        {busy
          ? (busyReason ?? '')
          : !mrnValid
            ? 'Enter the patient identifier (letters, digits and . _ - / only) to start.'
            : !attested
              ? 'Tick the consent attestation to start.'
              : ''}
      </p>
    </form>
  );
}
