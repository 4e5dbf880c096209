import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { AsrClient } from '../../lib/asr/asr-client.js';
import type { AsrSegment } from '../../lib/asr/asr-protocol.js';
import { decodeAudioFile } from '../../lib/asr/decode-audio-file.js';
import type { ModelProgress } from '../../lib/asr/model-cache.js';
import { modelBaseUrl } from '../../lib/asr/model-source.js';
import { ortWasmBase } from '../../lib/asr/ort-paths.js';
import { ScribeDb } from '../../lib/db/scribe-db.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import type { ScribeContext } from '../../lib/hooks/use-scribe.js';
import { activeEncounterItem } from '../../lib/storage/active-encounter.js';
import { UploadQueue } from '../../lib/upload/upload-queue.js';
import { formatBytes, formatClock } from '../../ui/format.js';
import { ConsentForm, type ConsentInput } from '../record/ConsentForm.js';
import { localEncounterFor } from '../record/start-encounter.js';

interface Result {
  segments: AsrSegment[];
  backend: string;
  /** Why this backend (adapter, setting, or the WebGPU error that made WASM run). */
  reason: string;
  fellBack: boolean;
  audioMs: number;
  elapsedMs: number;
}

/** Transcribes a dictation recorded elsewhere, on this device, and attaches it to a new encounter. */
export function FileTranscribe({
  scribe,
}: {
  scribe: ScribeContext;
  api: ScribeApi;
  onOpenNote(id: string): void;
}) {
  const { settings, session } = scribe;
  const [progress, setProgress] = useState<ModelProgress | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [attached, setAttached] = useState(false);
  const client = useRef<AsrClient | null>(null);
  // The worker holds the model in memory: free it when the tab is left.
  useEffect(() => () => client.current?.terminate(), []);

  const transcribe = useAsyncAction(async (file: File) => {
    setResult(null);
    setAttached(false);
    const pcm = await decodeAudioFile(file);
    client.current ??= AsrClient.spawn({ onProgress: setProgress });
    const ready = await client.current.load(
      modelBaseUrl(settings),
      ortWasmBase(),
      settings.asrBackend,
      settings.precision,
    );
    const started = performance.now();
    const segments = await client.current.transcribeFile(
      pcm,
      settings.modelId.endsWith('.en') ? null : settings.language,
    );
    setResult({
      segments,
      backend: ready.backend,
      reason: ready.reason,
      fellBack: ready.fellBack,
      audioMs: (pcm.length / 16000) * 1000,
      elapsedMs: performance.now() - started,
    });
  });

  const attach = useAsyncAction(async (input: ConsentInput) => {
    if (!result) return;
    // Created on this device first (like a recording), so attaching works with the server down.
    const now = new Date();
    const { audioSources: _notStated, ...request } = localEncounterFor(
      input,
      crypto.randomUUID(),
      now,
    ).request;
    const encounterId = request.id;
    const db = await ScribeDb.open();
    try {
      await db.encounters().put({
        id: encounterId,
        sync: 'pending',
        attempts: 0,
        nextAttemptAt: 0,
        createdAtMs: now.getTime(),
        request,
      });
      const queue = new UploadQueue(db);
      for (const s of result.segments) {
        await queue.enqueue(encounterId, {
          ...s,
          speaker: 'unknown',
          confidence: Math.min(1, Math.exp(s.avgLogprob)),
        });
      }
    } finally {
      db.close();
    }
    await browser.runtime.sendMessage({ type: 'uploads.kick' }).catch(() => {});
    await activeEncounterItem.setValue({ encounterId, mrn: input.mrn, startedAt: now.toISOString() });
    setAttached(true);
  });

  return (
    <>
      <section className="card stack" aria-labelledby="file-title">
        <h2 id="file-title">Transcribe a dictation file</h2>
        <p className="muted">
          WAV, MP3, M4A or WebM. The audio stays on this computer; only the transcript is uploaded.
        </p>
        <label>
          Audio file
          <input
            type="file"
            accept="audio/*,.wav"
            data-testid="dictation-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void transcribe.run(file);
            }}
          />
        </label>
        {transcribe.busy && progress && !progress.fromCache && (
          <div className="stack">
            <progress value={progress.loadedBytes} max={Math.max(progress.totalBytes, 1)} />
            <span className="muted">
              Speech model {formatBytes(progress.loadedBytes)} of {formatBytes(progress.totalBytes)}
            </span>
          </div>
        )}
        {transcribe.busy && (
          <p className="muted" role="status">
            Transcribing on this device…
          </p>
        )}
        {transcribe.error && (
          <div className="alert error" role="alert">
            {transcribe.error}
          </div>
        )}
      </section>
      {result && (
        <section className="card stack" aria-labelledby="file-result-title" data-testid="file-result">
          <div className="row spread">
            <h2 id="file-result-title">Transcript</h2>
            <span className="badge info">Transcribed on this computer</span>
          </div>
          <p
            className="muted details-line"
            data-testid="file-backend"
            data-elapsed-ms={Math.round(result.elapsedMs)}
            title={result.reason}
          >
            Details: {result.backend.toUpperCase()} · real-time factor{' '}
            {(result.elapsedMs / Math.max(result.audioMs, 1)).toFixed(2)} · model {settings.modelId}
          </p>
          {result.fellBack && (
            <div className="alert warn" data-testid="file-backend-reason">
              The graphics card (WebGPU) could not be used: {result.reason}
            </div>
          )}
          <ol className="transcript" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {result.segments.map((s) => (
              <li key={s.seq} className="segment" data-seq={s.seq} data-tokens={s.tokens.join(' ')}>
                <span className="time">{formatClock(s.startMs)}</span>
                <span>{s.text}</span>
                <span />
              </li>
            ))}
          </ol>
          {result.segments.length === 0 && <p className="muted">No speech was found in this file.</p>}
        </section>
      )}
      {result && result.segments.length > 0 && !attached && (
        <ConsentForm
          clinicianName={session?.user.displayName ?? 'the clinician'}
          busy={attach.busy}
          submitLabel="Create encounter with this transcript"
          allowTelehealth={false}
          onStart={(input) => void attach.run(input)}
        />
      )}
      {attach.error && <div className="alert error">{attach.error}</div>}
      {attached && (
        <div className="alert ok" role="status">
          Attached to a new encounter. Open the Record tab to draft the note.
        </div>
      )}
    </>
  );
}
