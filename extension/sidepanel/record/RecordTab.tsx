import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { findCallTab } from '../../lib/capture/call-tab.js';
import { captureRequest } from '../../lib/capture/capture-request.js';
import { tabAudioAdvice, tabAudioResultSchema } from '../../lib/capture/tab-audio.js';
import { ScribeDb } from '../../lib/db/scribe-db.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { useCaptureState } from '../../lib/hooks/use-capture-state.js';
import { useLocalSegments } from '../../lib/hooks/use-local-segments.js';
import { useRecoverableAudio } from '../../lib/hooks/use-recoverable-audio.js';
import type { ScribeContext } from '../../lib/hooks/use-scribe.js';
import { useStorageItem } from '../../lib/hooks/use-storage-item.js';
import { type CapturePhase, captureStateSchema } from '../../lib/messages/capture-state.js';
import { activeEncounterItem } from '../../lib/storage/active-encounter.js';
import { ConsentForm, type ConsentInput } from './ConsentForm.js';
import { DraftPanel } from './DraftPanel.js';
import { LiveTranscript } from './LiveTranscript.js';
import { RecorderPanel } from './RecorderPanel.js';

const busyPhases = new Set<CapturePhase>(['loading-model', 'recording', 'paused', 'finishing']);

interface Props {
  scribe: ScribeContext;
  api: ScribeApi;
  onOpenNote(noteId: string): void;
}

/** Telehealth: has the recorder open the call tab's audio; a sentence for the clinician if it cannot. */
async function openCallTab(): Promise<string | null> {
  const tab = await findCallTab().catch(() => undefined);
  if (!tab) return tabAudioAdvice('tab-missing');
  const answer = tabAudioResultSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'capture.tab-open', tabId: tab.id }).catch(() => undefined),
  );
  if (!answer.success) return tabAudioAdvice('tab-failed');
  return answer.data.ok ? null : answer.data.message;
}

/** Consent → record → live transcript → draft, for the encounter recorded on this device. */
export function RecordTab({ scribe, api, onOpenNote }: Props) {
  const active = useStorageItem(activeEncounterItem);
  const capture = useCaptureState();
  const segments = useLocalSegments(active?.encounterId ?? null);
  const capturing = capture.encounterId === active?.encounterId && busyPhases.has(capture.phase);
  const recoverMs = useRecoverableAudio(active?.encounterId ?? null, capturing);
  const [startError, setStartError] = useState<string | null>(null);
  const { settings, session } = scribe;

  const start = useAsyncAction(async (input: ConsentInput) => {
    setStartError(null);
    // Telehealth: open the call tab's audio before the encounter exists, so that a tab that cannot
    // be recorded stops nothing but itself (the clinician can start with the microphone only).
    if (input.telehealth) {
      const problem = await openCallTab();
      if (problem) return setStartError(problem);
    }
    let encounter: Awaited<ReturnType<typeof api.createEncounter>>;
    try {
      encounter = await api.createEncounter({
        patient: { mrn: input.mrn, ...(input.displayName ? { displayName: input.displayName } : {}) },
        consent: { attested: true, method: input.method, attestedAt: input.attestedAt },
        audioSources: input.telehealth ? ['microphone', 'tab'] : ['microphone'],
      });
    } catch (e) {
      if (input.telehealth) void browser.runtime.sendMessage({ type: 'capture.tab-release' }).catch(() => {});
      throw e;
    }
    await activeEncounterItem.setValue({
      encounterId: encounter.id,
      mrn: encounter.patient.mrn,
      startedAt: encounter.startedAt,
    });
    const answer: unknown = await browser.runtime.sendMessage({
      type: 'capture.start',
      start: { ...captureRequest(settings, encounter.id), tabAudio: input.telehealth },
    });
    const state = captureStateSchema.safeParse(answer);
    if (!state.success)
      setStartError('The recorder could not be started. Close and reopen Scribe, then try again.');
  });

  const command = (type: 'capture.pause' | 'capture.resume' | 'capture.stop') =>
    void browser.runtime.sendMessage({ type }).catch(() => setStartError('The recorder did not answer.'));

  const finish = async () => {
    const encounterId = active?.encounterId;
    await activeEncounterItem.setValue(null);
    if (!encounterId) return;
    const db = await ScribeDb.open();
    // Pending segments stay (the service worker still uploads them); synced ones leave the device.
    await db.forgetEncounter(encounterId).finally(() => db.close());
  };

  if (!active) {
    return (
      <>
        {(start.error || startError) && (
          <div className="alert error" role="alert">
            {start.error ?? startError}
          </div>
        )}
        {busyPhases.has(capture.phase) && (
          <div className="alert info" data-testid="previous-recording-busy">
            The previous recording is still being finished on this computer; a new one can start when it is
            done.
          </div>
        )}
        <ConsentForm
          clinicianName={session?.user.displayName ?? 'the clinician'}
          busy={start.busy || busyPhases.has(capture.phase)}
          onStart={start.run}
        />
      </>
    );
  }
  const isThisEncounter = capture.encounterId === active.encounterId;
  // Another (earlier) encounter: its recording is over; the transcript and drafting remain.
  const state = isThisEncounter
    ? capture
    : {
        ...capture,
        phase: start.busy ? ('loading-model' as const) : ('done' as const),
        elapsedMs: 0,
        level: 0,
      };
  const recording = busyPhases.has(state.phase);
  const recover = () =>
    void browser.runtime.sendMessage({
      type: 'capture.recover',
      start: captureRequest(settings, active.encounterId),
    });
  return (
    <>
      {(start.error || startError) && (
        <div className="alert error" role="alert">
          {start.error ?? startError}
        </div>
      )}
      <RecorderPanel state={state} mrn={active.mrn} segmentCount={segments.length} onCommand={command} />
      {recoverMs > 0 && !recording && (
        <div className="alert warn" role="status">
          This recording was interrupted. {Math.round(recoverMs / 1000)} s of audio on this computer have no
          transcript yet.{' '}
          <button type="button" className="link" onClick={recover}>
            Transcribe it now
          </button>
        </div>
      )}
      <LiveTranscript segments={segments} />
      {!recording && recoverMs === 0 && (
        <DraftPanel
          api={api}
          encounterId={active.encounterId}
          defaultTemplate={settings.templateKey}
          pending={segments.filter((s) => s.sync === 'pending').length}
          hasSegments={segments.length > 0}
          onDrafted={async (noteId) => {
            await finish();
            onOpenNote(noteId);
          }}
          onDiscard={finish}
        />
      )}
    </>
  );
}
