import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { useCaptureState } from '../../lib/hooks/use-capture-state.js';
import { useLocalSegments } from '../../lib/hooks/use-local-segments.js';
import type { ScribeContext } from '../../lib/hooks/use-scribe.js';
import { useStorageItem } from '../../lib/hooks/use-storage-item.js';
import { captureStateSchema } from '../../lib/messages/capture-state.js';
import type { StartCapture } from '../../lib/messages/messages.js';
import { activeEncounterItem } from '../../lib/storage/active-encounter.js';
import { ConsentForm, type ConsentInput } from './ConsentForm.js';
import { DraftPanel } from './DraftPanel.js';
import { LiveTranscript } from './LiveTranscript.js';
import { RecorderPanel } from './RecorderPanel.js';

interface Props {
  scribe: ScribeContext;
  api: ScribeApi;
  onOpenNote(noteId: string): void;
}

/** Consent → record → live transcript → draft, for the encounter recorded on this device. */
export function RecordTab({ scribe, api, onOpenNote }: Props) {
  const active = useStorageItem(activeEncounterItem);
  const capture = useCaptureState();
  const segments = useLocalSegments(active?.encounterId ?? null);
  const [startError, setStartError] = useState<string | null>(null);
  const { settings, session } = scribe;

  const start = useAsyncAction(async (input: ConsentInput) => {
    const encounter = await api.createEncounter({
      patient: { mrn: input.mrn, ...(input.displayName ? { displayName: input.displayName } : {}) },
      consent: { attested: true, method: input.method, attestedAt: input.attestedAt },
    });
    await activeEncounterItem.setValue({
      encounterId: encounter.id,
      mrn: encounter.patient.mrn,
      startedAt: encounter.startedAt,
    });
    const request: StartCapture = {
      encounterId: encounter.id,
      modelBaseUrl: `${settings.serverUrl.replace(/\/+$/, '')}/models/${settings.modelId}`,
      language: settings.modelId.endsWith('.en') ? null : settings.language,
      forceWasm: settings.asrBackend === 'wasm',
      firstSeq: 0,
    };
    setStartError(null);
    const answer: unknown = await browser.runtime.sendMessage({ type: 'capture.start', start: request });
    const state = captureStateSchema.safeParse(answer);
    if (!state.success)
      setStartError('The recorder could not be started. Close and reopen Scribe, then try again.');
  });

  const command = (type: 'capture.pause' | 'capture.resume' | 'capture.stop') =>
    void browser.runtime.sendMessage({ type }).catch(() => setStartError('The recorder did not answer.'));

  const finish = async () => {
    await activeEncounterItem.setValue(null);
  };

  if (!active) {
    return (
      <>
        {(start.error || startError) && (
          <div className="alert error" role="alert">
            {start.error ?? startError}
          </div>
        )}
        <ConsentForm
          clinicianName={session?.user.displayName ?? 'the clinician'}
          busy={start.busy}
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
  const recording =
    state.phase === 'recording' || state.phase === 'paused' || state.phase === 'loading-model';
  return (
    <>
      {(start.error || startError) && (
        <div className="alert error" role="alert">
          {start.error ?? startError}
        </div>
      )}
      <RecorderPanel state={state} mrn={active.mrn} onCommand={command} />
      <LiveTranscript segments={segments} />
      {!recording && state.phase !== 'finishing' && (
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
