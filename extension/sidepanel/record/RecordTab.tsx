import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { captureRequest } from '../../lib/capture/capture-request.js';
import { type MicrophonePermission, microphonePermission } from '../../lib/capture/microphone-permission.js';
import { ScribeDb } from '../../lib/db/scribe-db.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { useCaptureState } from '../../lib/hooks/use-capture-state.js';
import { updateLocalEncounter, useLocalEncounters } from '../../lib/hooks/use-local-encounter.js';
import { useLocalSegments } from '../../lib/hooks/use-local-segments.js';
import { useRecoverableAudio } from '../../lib/hooks/use-recoverable-audio.js';
import type { ScribeContext } from '../../lib/hooks/use-scribe.js';
import { useStorageItem } from '../../lib/hooks/use-storage-item.js';
import type { CapturePhase } from '../../lib/messages/capture-state.js';
import { useLiveSpeakerCorrections } from '../../lib/record/live-speaker-corrections.js';
import { activeEncounterItem } from '../../lib/storage/active-encounter.js';
import { templateCacheItem } from '../../lib/storage/template-cache.js';
import { ConsentForm, type ConsentInput } from './ConsentForm.js';
import { DeviceDraft } from './DeviceDraft.js';
import { DraftPanel } from './DraftPanel.js';
import { KeptOnDevice } from './KeptOnDevice.js';
import { LiveSpeakerNotice } from './LiveSpeakerNotice.js';
import { LiveTranscript } from './LiveTranscript.js';
import { MicrophoneHelp } from './MicrophoneHelp.js';
import { RecorderPanel } from './RecorderPanel.js';
import { startEncounter } from './start-encounter.js';
import { useAutoDraft } from './use-auto-draft.js';

const busyPhases = new Set<CapturePhase>(['loading-model', 'recording', 'paused', 'finishing']);

interface Props {
  scribe: ScribeContext;
  api: ScribeApi;
  onOpenNote(noteId: string): void;
}

/** Consent → record → live transcript → note drafted on Stop, for the encounter recorded on this device. */
export function RecordTab({ scribe, api, onOpenNote }: Props) {
  const active = useStorageItem(activeEncounterItem);
  const capture = useCaptureState();
  const segments = useLocalSegments(active?.encounterId ?? null);
  const local = useLocalEncounters();
  const thisLocal = local.encounters.find((e) => e.id === active?.encounterId);
  const capturing = capture.encounterId === active?.encounterId && busyPhases.has(capture.phase);
  const recoverMs = useRecoverableAudio(active?.encounterId ?? null, capturing);
  const speakers = useLiveSpeakerCorrections(api, active?.encounterId ?? null);
  const [startError, setStartError] = useState<string | null>(null);
  const [microphone, setMicrophone] = useState<{
    permission: MicrophonePermission;
    input: ConsentInput;
  } | null>(null);
  const { settings, session } = scribe;

  // Keep the organisation's templates on this device, for drafting while the server is unreachable.
  useEffect(() => {
    void api.listTemplates().then(
      (list) =>
        templateCacheItem.setValue(
          list.flatMap((t) => (t.published ? [{ key: t.key, body: t.published.body }] : [])),
        ),
      () => {},
    );
  }, [api]);

  const finish = useCallback(async () => {
    const encounterId = active?.encounterId;
    await activeEncounterItem.setValue(null);
    if (!encounterId) return;
    const db = await ScribeDb.open();
    // Whatever still has to reach the server stays (the service worker syncs it); the rest leaves the device.
    await db.forgetEncounter(encounterId).finally(() => db.close());
    await local.refresh();
  }, [active?.encounterId, local.refresh]);

  const openNote = useCallback(
    async (noteId: string) => {
      await finish();
      onOpenNote(noteId);
    },
    [finish, onOpenNote],
  );

  const start = useAsyncAction(async (input: ConsentInput) => {
    setStartError(null);
    // Asked before anything is created: a blocked microphone must not leave an empty consultation.
    const permission = await microphonePermission();
    if (permission === 'prompt' || permission === 'denied') return setMicrophone({ permission, input });
    setMicrophone(null);
    const problem = await startEncounter(input, settings);
    if (problem) setStartError(problem);
    await local.refresh();
  });

  const stopped = !capturing && recoverMs === 0;
  const autoDraft = useAutoDraft({
    api,
    local: thisLocal,
    ready: stopped,
    onServerNote: openNote,
    refresh: local.refresh,
  });

  const command = async (type: 'capture.pause' | 'capture.resume' | 'capture.stop') => {
    if (type === 'capture.stop' && active) {
      // Stop drafts the note with the clinic's default template as soon as the transcript is complete.
      await updateLocalEncounter(active.encounterId, (e) => ({
        ...e,
        autoDraft: e.autoDraft ?? { templateKey: settings.templateKey, state: 'waiting' },
      }));
      await local.refresh();
    }
    await browser.runtime.sendMessage({ type }).catch(() => setStartError('The recorder did not answer.'));
  };

  const errors = (start.error || startError || autoDraft.error) && (
    <div className="alert error" role="alert">
      {start.error ?? startError ?? autoDraft.error}
    </div>
  );

  if (!active) {
    return (
      <>
        {errors}
        {microphone && microphone.permission !== 'granted' && (
          <MicrophoneHelp
            permission={microphone.permission}
            busy={start.busy}
            onRetry={() => void start.run(microphone.input)}
          />
        )}
        {busyPhases.has(capture.phase) && (
          <div className="alert info" data-testid="previous-recording-busy">
            The previous recording is still being finished on this computer; a new one can start when it is
            done.
          </div>
        )}
        <KeptOnDevice encounters={local.encounters} />
        <ConsentForm
          clinicianName={session?.user.displayName ?? 'the clinician'}
          busy={start.busy || busyPhases.has(capture.phase)}
          busyReason={
            busyPhases.has(capture.phase) ? 'The previous recording is still being finished.' : undefined
          }
          onStart={(input) => void start.run(input)}
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
        realTimeFactor: null,
      };
  const recording = busyPhases.has(state.phase);
  const recover = () =>
    void browser.runtime.sendMessage({
      type: 'capture.recover',
      start: captureRequest(settings, active.encounterId),
    });
  const draft = thisLocal?.autoDraft;
  return (
    <>
      {errors}
      <RecorderPanel
        state={state}
        mrn={active.mrn}
        segments={segments}
        serverHasEncounter={thisLocal ? thisLocal.sync : 'synced'}
        onCommand={(type) => void command(type)}
      />
      {recoverMs > 0 && !recording && (
        <div className="alert warn" role="status">
          This recording was interrupted. {Math.round(recoverMs / 1000)} s of audio on this computer have no
          transcript yet.{' '}
          <button type="button" className="link" onClick={recover}>
            Transcribe it now
          </button>
        </div>
      )}
      {draft?.state === 'waiting' && !recording && (
        <div className="alert info" role="status" data-testid="auto-drafting">
          Drafting the note with your clinic's default template…
        </div>
      )}
      {draft && draft.state !== 'waiting' && (
        <DeviceDraft
          draft={draft}
          onOpenNote={(id) => void openNote(id)}
          onNewConsultation={() => void finish()}
        />
      )}
      <LiveTranscript
        segments={segments}
        corrections={speakers.corrections}
        onCorrectSpeaker={speakers.correct}
        notice={
          <LiveSpeakerNotice
            api={api}
            corrected={speakers.correctedSeqs.size}
            noteId={draft?.state === 'synced' ? (draft.noteId ?? null) : null}
            error={speakers.error}
            onOpenNote={(id) => void openNote(id)}
          />
        }
      />
      {!recording && recoverMs === 0 && !draft && (
        <DraftPanel
          api={api}
          encounterId={active.encounterId}
          defaultTemplate={settings.templateKey}
          pending={segments.filter((s) => s.sync === 'pending').length}
          hasSegments={segments.length > 0}
          onDrafted={(noteId) => void openNote(noteId)}
          onDiscard={() => void finish()}
        />
      )}
    </>
  );
}
