import type { AsrClient } from '../asr/asr-client.js';
import type { AsrSegment } from '../asr/asr-protocol.js';
import type { ScribeDb } from '../db/scribe-db.js';
import { type CaptureState, idleCaptureState } from '../messages/capture-state.js';
import type { StartCapture } from '../messages/messages.js';
import type { UploadQueue } from '../upload/upload-queue.js';
import { MicrophoneError } from './microphone.js';
import type { SourceLevels } from './recorder.js';
import { planRecovery } from './recovery-plan.js';
import { type SourceEnergy, speakerBySource } from './speaker-by-source.js';
import type { TabAudio } from './tab-audio.js';

/** What a capture session needs from its surroundings (the offscreen document wires real ones). */
export interface CaptureDeps {
  db: ScribeDb;
  queue: UploadQueue;
  spawnAsr(listeners: Parameters<typeof AsrClient.spawn>[0]): AsrClient;
  /** Opens the microphone, mixed with `tab` when given (telehealth mode). */
  openRecorder(
    onPcm: (pcm16k: Float32Array, level: number, sources?: SourceLevels) => void,
    tab?: TabAudio,
  ): Promise<{
    pause(): Promise<void>;
    resume(): Promise<void>;
    stop(): Promise<void>;
  }>;
  /** Telehealth mode: the call tab's audio prepared by `capture.tab-open`, handed over once. */
  takeTabAudio?(): TabAudio | undefined;
  wasmPaths: string;
  /** Tells open pages the new state. */
  publish(state: CaptureState): void;
  /** A segment reached IndexedDB: upload it and refresh the transcript views. */
  segmentStored(encounterId: string): void;
}

const SAMPLES_PER_MS = 16;

/**
 * One recording: microphone PCM (mixed with the call tab in telehealth mode) is written to
 * IndexedDB, then streamed to the ASR worker; each transcribed segment goes into the durable upload
 * queue, labelled with its speaker where the two inputs' energies tell (speaker-by-source.ts). Lives
 * in the offscreen document so it keeps running when the side panel closes.
 */
export class CaptureSession {
  state: CaptureState = { ...idleCaptureState };
  private recorder: Awaited<ReturnType<CaptureDeps['openRecorder']>> | undefined;
  private asr: AsrClient | undefined;
  private encounterId = '';
  private samples = 0;
  private chunkIndex = 0;
  /** PCM persistence and hand-off run in recording order. */
  private audioChain: Promise<void> = Promise.resolve();
  private readonly storing = new Set<Promise<unknown>>();
  private lastSegmentEndMs = 0;
  /** Recording time of the first sample the worker was given (non-zero when recovering). */
  private offsetMs = 0;
  /** Telehealth mode: the call tab being mixed in (undefined: microphone only, or it ended). */
  private tab: TabAudio | undefined;
  /**
   * Each chunk's source energies, kept in memory until the segments covering them are labelled.
   * Not persisted: audio recovered after a crash is transcribed with speaker `unknown`.
   */
  private energies: SourceEnergy[] = [];

  constructor(private readonly deps: CaptureDeps) {}

  private update(patch: Partial<CaptureState>): void {
    this.state = { ...this.state, ...patch };
    this.deps.publish(this.state);
  }

  async start(request: StartCapture): Promise<CaptureState> {
    if (
      this.state.phase === 'recording' ||
      this.state.phase === 'paused' ||
      this.state.phase === 'loading-model' ||
      // The previous encounter's last segments are still being transcribed and stored: starting now
      // would let them land on the new encounter (another patient's chart).
      this.state.phase === 'finishing'
    ) {
      return this.state;
    }
    this.encounterId = request.encounterId;
    this.samples = 0;
    this.chunkIndex = 0;
    this.lastSegmentEndMs = 0;
    this.offsetMs = 0;
    this.energies = [];
    // Claim the call tab first: it was opened moments ago and must not wait for the model.
    this.releaseTab();
    const tab = request.tabAudio ? this.deps.takeTabAudio?.() : undefined;
    this.update({
      ...idleCaptureState,
      phase: 'loading-model',
      encounterId: request.encounterId,
      // Asked for but gone (tab closed meanwhile): say so, and record the microphone.
      tabAudio: tab ? 'on' : request.tabAudio ? 'ended' : 'off',
    });
    if (tab) {
      this.tab = tab;
      tab.onEnded(() => {
        if (this.tab !== tab) return;
        this.releaseTab();
        this.update({ tabAudio: 'ended', tabLevel: 0 });
      });
    }
    try {
      const asr = await this.loadAsr(request);
      // Microphone only: no speaker is told from the audio, so the transcriber may merge the
      // segments that waited behind a slow window and keep up (see the worker's `catchUp`).
      asr.start(request.firstSeq, request.language, this.tab === undefined);
      this.recorder = await this.deps.openRecorder(
        (pcm, level, sources) => this.onPcm(pcm, level, sources),
        this.tab,
      );
      this.update({ phase: 'recording' });
    } catch (e) {
      this.fail(e);
    }
    return this.state;
  }

  private async loadAsr(request: StartCapture): Promise<AsrClient> {
    this.asr ??= this.deps.spawnAsr({
      onProgress: (p) => this.update({ model: p }),
      onSegment: (s, rtf) => this.onSegment(s, rtf),
      // Transcription failing mid-recording is shown; the audio stays in IndexedDB.
      onError: (e) => this.fail(e),
    });
    const ready = await this.asr.load(
      request.modelBaseUrl,
      this.deps.wasmPaths,
      request.backend,
      request.precision,
    );
    this.update({ backend: ready.backend, backendReason: ready.reason, backendFellBack: ready.fellBack });
    return this.asr;
  }

  /** Transcribes the audio an interrupted recording left in IndexedDB, then deletes what is covered. */
  async recover(request: StartCapture): Promise<CaptureState> {
    if (this.state.phase !== 'idle' && this.state.phase !== 'done' && this.state.phase !== 'error')
      return this.state;
    const plan = await planRecovery(this.deps.db, request.encounterId);
    if (!plan) return this.state;
    this.encounterId = request.encounterId;
    // The input levels were stored with the audio: recovered segments are labelled like live ones.
    this.energies = plan.energies;
    this.offsetMs = plan.fromMs;
    this.lastSegmentEndMs = plan.fromMs;
    this.update({ ...idleCaptureState, phase: 'finishing', encounterId: request.encounterId });
    try {
      const asr = await this.loadAsr(request);
      asr.start(plan.firstSeq, request.language);
      for (const pcm of plan.pcm) asr.push(pcm);
      await asr.finish();
      await Promise.all([...this.storing]);
      await this.deps.db.truncateAudioAt(this.encounterId, this.lastSegmentEndMs * SAMPLES_PER_MS);
      this.update({ phase: 'done', elapsedMs: plan.fromMs + plan.durationMs });
    } catch (e) {
      this.fail(e);
    }
    return this.state;
  }

  private onPcm(pcm: Float32Array, level: number, sources?: SourceLevels): void {
    const startSample = this.samples;
    const index = this.chunkIndex++;
    this.samples += pcm.length;
    // After the tab ended its input is silence, not evidence: the chunk counts as microphone-only.
    const tab = this.tab && sources?.tab != null ? sources.tab : null;
    const levels = { mic: sources?.mic ?? level, tab };
    this.energies.push({
      startMs: startSample / SAMPLES_PER_MS,
      endMs: this.samples / SAMPLES_PER_MS,
      ...levels,
    });
    this.update({
      elapsedMs: Math.round(this.samples / SAMPLES_PER_MS),
      level,
      ...(tab !== null ? { tabLevel: Math.min(1, tab) } : {}),
    });
    const encounterId = this.encounterId;
    this.audioChain = this.audioChain.then(async () => {
      // Persist before processing: a crash after this line loses no audio.
      await this.deps.db.putAudio({ encounterId, index, startSample, pcm, levels });
      this.asr?.push(pcm);
    });
  }

  private onSegment(segment: AsrSegment, realTimeFactor: number): void {
    const encounterId = this.encounterId;
    const startMs = segment.startMs + this.offsetMs;
    const endMs = segment.endMs + this.offsetMs;
    this.lastSegmentEndMs = Math.max(this.lastSegmentEndMs, endMs);
    const speaker = speakerBySource(this.energies, startMs, endMs);
    // Segments come in time order: energies before this one's end are no longer needed.
    this.energies = this.energies.filter((e) => e.endMs > endMs);
    const stored = this.deps.queue
      .enqueue(encounterId, {
        seq: segment.seq,
        startMs,
        endMs,
        speaker,
        text: segment.text,
        // Mean token probability: a rough confidence the reviewer can sort by.
        confidence: Math.min(1, Math.max(0, Math.exp(segment.avgLogprob))),
        tokens: segment.tokens,
      })
      .then(() => this.deps.segmentStored(encounterId));
    this.storing.add(stored);
    void stored.finally(() => this.storing.delete(stored));
    this.update({ segments: this.state.segments + 1, realTimeFactor });
  }

  async pause(): Promise<CaptureState> {
    if (this.state.phase !== 'recording' || !this.recorder) return this.state;
    await this.recorder.pause();
    this.update({ phase: 'paused', level: 0, tabLevel: 0 });
    return this.state;
  }

  async resume(): Promise<CaptureState> {
    if (this.state.phase !== 'paused' || !this.recorder) return this.state;
    await this.recorder.resume();
    this.update({ phase: 'recording' });
    return this.state;
  }

  /** Stops the microphone, transcribes the last open segment, and waits until every segment is stored. */
  async stop(): Promise<CaptureState> {
    if (!this.recorder || (this.state.phase !== 'recording' && this.state.phase !== 'paused'))
      return this.state;
    this.update({ phase: 'finishing', level: 0, tabLevel: 0 });
    try {
      await this.recorder.stop();
      this.recorder = undefined;
      // The last samples are in; give the tab back (Chrome plays it itself again).
      this.releaseTab();
      await this.audioChain;
      await this.asr?.finish();
      await Promise.all([...this.storing]);
      // Audio after the last segment is silence no segment will ever cover.
      await this.deps.db.truncateAudioAt(this.encounterId, this.lastSegmentEndMs * SAMPLES_PER_MS);
      this.update({ phase: 'done', level: 0 });
    } catch (e) {
      this.fail(e);
    }
    return this.state;
  }

  private fail(e: unknown): void {
    // Release the microphone; the audio recorded so far stays in IndexedDB.
    void this.recorder?.stop().catch(() => {});
    this.recorder = undefined;
    this.releaseTab();
    const code =
      e instanceof MicrophoneError
        ? e.problem
        : typeof e === 'object' && e !== null && 'code' in e
          ? String(e.code)
          : 'internal';
    const message = e instanceof Error ? e.message : 'Recording failed';
    this.update({ phase: 'error', error: { code, message }, level: 0, tabLevel: 0 });
  }

  private releaseTab(): void {
    this.tab?.close();
    this.tab = undefined;
  }
}
