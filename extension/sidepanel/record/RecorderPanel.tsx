import { browser } from 'wxt/browser';
import type { LocalSegment, SyncState } from '../../lib/db/scribe-db.js';
import type { CaptureState } from '../../lib/messages/capture-state.js';
import { formatBytes, formatClock } from '../../ui/format.js';

interface Props {
  state: CaptureState;
  mrn: string;
  /** Segments of this encounter on the device (the recorder's own count restarts after a recovery). */
  segments: LocalSegment[];
  /** Whether the server has this encounter yet (it is created on this device first). */
  serverHasEncounter: SyncState;
  onCommand(type: 'capture.pause' | 'capture.resume' | 'capture.stop'): void;
}

const phaseLabel: Record<CaptureState['phase'], string> = {
  idle: 'Not recording',
  'loading-model': 'Preparing speech model',
  recording: 'Recording',
  paused: 'Paused',
  finishing: 'Finishing transcript',
  done: 'Recording complete',
  error: 'Recording stopped',
};

/** sqrt: speech RMS sits around 0.01–0.2; a perceptual scale keeps the meter readable. */
const meterValue = (rms: number) => Math.min(1, Math.sqrt(rms) * 1.4);

const openPermissionTab = () => browser.tabs.create({ url: browser.runtime.getURL('/permission.html') });

/** Controls and live status of the recording: timer, input level, model and backend. */
export function RecorderPanel({ state, mrn, segments, serverHasEncounter, onCommand }: Props) {
  const { phase, model } = state;
  const micProblem = state.error?.code.startsWith('microphone-');
  const telehealth = state.tabAudio !== 'off';
  return (
    <section className="card stack" aria-labelledby="recorder-title">
      <div className="row spread">
        <h2 id="recorder-title" className="row">
          {phase === 'recording' && <span className="rec-dot" aria-hidden="true" />}
          <span data-testid="capture-phase">{phaseLabel[phase]}</span>
        </h2>
        <span className="muted">Patient {mrn}</span>
      </div>
      <div className="row spread">
        <time className="timer" data-testid="elapsed" title="Elapsed recording time">
          <span className="visually-hidden">Elapsed </span>
          {formatClock(state.elapsedMs)}
        </time>
        <div className="row">
          {phase === 'recording' && (
            <button type="button" onClick={() => onCommand('capture.pause')}>
              Pause
            </button>
          )}
          {phase === 'paused' && (
            <button type="button" onClick={() => onCommand('capture.resume')}>
              Resume
            </button>
          )}
          {(phase === 'recording' || phase === 'paused') && (
            <button type="button" className="danger" onClick={() => onCommand('capture.stop')}>
              Stop
            </button>
          )}
        </div>
      </div>
      {telehealth && (
        <div className="row" data-testid="telehealth-status">
          <span className="badge info">Telehealth</span>
          <span className="muted">
            {state.tabAudio === 'on' ? 'Microphone + call tab' : 'Microphone only (call tab lost)'}
          </span>
        </div>
      )}
      {telehealth && <span className="muted meter-label">Microphone</span>}
      <LevelMeter label="Microphone input level" level={state.level} testId="level-meter" />
      {state.tabAudio === 'on' && (
        <>
          <span className="muted meter-label">Call tab</span>
          <LevelMeter label="Call tab input level" level={state.tabLevel} testId="tab-level-meter" />
        </>
      )}
      {state.tabAudio === 'ended' && phase !== 'done' && phase !== 'error' && (
        <div className="alert warn" role="status" data-testid="tab-audio-ended">
          The call tab's sound is not being recorded (the tab was closed, reloaded or left the call page).
          Scribe goes on recording your microphone; lines from now on get no speaker label.
        </div>
      )}
      {phase === 'loading-model' && model && !model.fromCache && (
        <div className="stack">
          <span className="muted">Downloading the speech model (once; it is kept on this computer)</span>
          <progress value={model.loadedBytes} max={Math.max(model.totalBytes, 1)} />
          <span className="muted">
            {formatBytes(model.loadedBytes)} of {formatBytes(model.totalBytes)}
          </span>
        </div>
      )}
      <SyncLine segments={segments} serverHasEncounter={serverHasEncounter} />
      <p className="muted details-line" data-testid="asr-status">
        Details: transcribed on this computer
        {state.backend && (
          <span title={state.backendReason ?? ''}>
            {' '}
            · {state.backend === 'webgpu' ? 'graphics card' : 'processor'} ({state.backend.toUpperCase()})
          </span>
        )}
        {state.realTimeFactor !== null && <span> · real-time factor {state.realTimeFactor.toFixed(2)}</span>}
        <span>
          {' '}
          · {segments.length} segment{segments.length === 1 ? '' : 's'}
        </span>
      </p>
      {state.backendFellBack && (
        <div className="alert warn" data-testid="backend-fallback">
          The graphics card could not be used ({state.backendReason ?? 'no reason given'}). Transcribing on
          the processor instead: slower, nothing is lost.
        </div>
      )}
      {state.error && (
        <div className="alert error" role="alert">
          {state.error.message}
          {micProblem && (
            <div style={{ marginTop: 6 }}>
              <button type="button" onClick={openPermissionTab}>
                Allow microphone
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** What is kept on this computer and what the server already has, in plain words. */
function SyncLine({ segments, serverHasEncounter }: Pick<Props, 'segments' | 'serverHasEncounter'>) {
  const onServer = segments.filter((s) => s.sync === 'synced').length;
  const waiting = segments.filter((s) => s.sync === 'pending').length;
  if (serverHasEncounter === 'rejected')
    return (
      <div className="alert error" role="alert" data-testid="sync-line">
        The server refused this consultation; its recording and transcript stay on this computer. Ask your
        administrator.
      </div>
    );
  if (serverHasEncounter === 'pending')
    return (
      <div className="alert info" role="status" data-testid="sync-line">
        The Scribe server cannot be reached yet. The recording and its transcript are kept on this computer
        (encrypted; keep this browser open) and sync automatically when the server is back.
      </div>
    );
  return (
    <p className="muted" data-testid="sync-line">
      {waiting > 0
        ? `${onServer} transcript line${onServer === 1 ? '' : 's'} on the server · ${waiting} kept on this computer until the server can be reached`
        : 'The transcript is saved on the server as it is made.'}
    </p>
  );
}

/** An input level meter (RMS 0..1, shown on the meterValue scale). */
function LevelMeter({ label, level, testId }: { label: string; level: number; testId: string }) {
  return (
    <meter
      className="level"
      aria-label={label}
      min={0}
      max={1}
      low={0.05}
      high={0.85}
      optimum={0.4}
      value={meterValue(level)}
      data-testid={testId}
    />
  );
}
