import { z } from 'zod';

/** Why telehealth mode could not record the call tab, as the side panel explains it. */
export const tabAudioProblemSchema = z.enum([
  'tab-not-invoked',
  'tab-busy',
  'tab-missing',
  'tab-unsupported',
  'tab-failed',
]);
export type TabAudioProblem = z.infer<typeof tabAudioProblemSchema>;

/** The answer to `capture.tab-open`: the call tab's audio is held by the recorder, or why not. */
export const tabAudioResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), problem: tabAudioProblemSchema, message: z.string() }),
]);
export type TabAudioResult = z.infer<typeof tabAudioResultSchema>;

const MICROPHONE_ONLY = 'To record with the microphone only, untick Telehealth.';

export function tabAudioAdvice(problem: TabAudioProblem): string {
  switch (problem) {
    case 'tab-not-invoked':
      return `Scribe may not record this tab yet. Show the call's tab, click the Scribe icon in the toolbar, then start again. Browser pages (chrome://, the Web Store) can never be recorded. ${MICROPHONE_ONLY}`;
    case 'tab-busy':
      return `This tab's sound is already being recorded (by Scribe or another extension). Stop that recording first. ${MICROPHONE_ONLY}`;
    case 'tab-missing':
      return `No browser tab to record: open the call in a tab of this window. ${MICROPHONE_ONLY}`;
    case 'tab-unsupported':
      return `This browser cannot record a tab's sound. ${MICROPHONE_ONLY}`;
    default:
      return `The call tab's sound could not be opened. ${MICROPHONE_ONLY}`;
  }
}

export const tabAudioFailure = (problem: TabAudioProblem): TabAudioResult => ({
  ok: false,
  problem,
  message: tabAudioAdvice(problem),
});

/** The call tab's audio, opened in the offscreen document and kept audible for the clinician. */
export interface TabAudio {
  readonly stream: MediaStream;
  /** True once the tab's track ended (tab closed or navigated, capture stopped by Chrome). */
  readonly ended: boolean;
  onEnded(listener: () => void): void;
  /** Stops the capture (Chrome then plays the tab itself again) and the playback. */
  close(): void;
}

/** What openTabAudio needs from the page (tests pass fakes). */
export interface TabAudioEnvironment {
  media: Pick<MediaDevices, 'getUserMedia'>;
  createContext(): Pick<AudioContext, 'createMediaStreamSource' | 'destination' | 'close'>;
}

const browserEnvironment = (): TabAudioEnvironment => ({
  media: navigator.mediaDevices,
  createContext: () => new AudioContext(),
});

/**
 * Opens a tab stream from a `tabCapture.getMediaStreamId` id. Capturing a tab silences it for the
 * user, so the stream is played straight back to the default output in its own audio context:
 * the clinician keeps hearing the patient, also while the recording is paused.
 */
export async function openTabAudio(
  streamId: string,
  env: TabAudioEnvironment = browserEnvironment(),
): Promise<TabAudio> {
  const stream = await env.media.getUserMedia({
    // Chrome's (non-standard) constraints for a tabCapture stream id.
    audio: { mandatory: { chromeMediaSource: 'tab', chromeMediaSourceId: streamId } },
    video: false,
  } as MediaStreamConstraints);
  let context: ReturnType<TabAudioEnvironment['createContext']> | undefined;
  try {
    context = env.createContext();
    context.createMediaStreamSource(stream).connect(context.destination);
  } catch (e) {
    // No playback: give the tab back rather than leave it captured, muted and owned by nobody.
    for (const track of stream.getTracks()) track.stop();
    void context?.close().catch(() => {});
    throw e;
  }
  const playback = context;
  const listeners: Array<() => void> = [];
  let ended = false;
  let closed = false;
  const end = () => {
    if (ended) return;
    ended = true;
    for (const listener of listeners.splice(0)) listener();
  };
  for (const track of stream.getAudioTracks()) track.addEventListener('ended', end);
  return {
    stream,
    get ended() {
      return ended;
    },
    onEnded(listener) {
      if (ended) listener();
      else listeners.push(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.length = 0;
      for (const track of stream.getTracks()) track.stop();
      void playback.close().catch(() => {});
    },
  };
}

/** Names getUserMedia failures for the tab stream in the message (no PHI: DOMException names only). */
function describeFailure(e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : 'Error';
  return `${tabAudioAdvice('tab-failed')} (${name})`;
}

/**
 * The call tab's audio between `capture.tab-open` (the side panel checked the tab before creating
 * the encounter) and `capture.start`, which takes it. Unclaimed audio is released after a minute so
 * a tab is never left captured by a recording that did not start.
 */
export class PreparedTabAudio {
  private tab: TabAudio | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly open: (streamId: string) => Promise<TabAudio> = (id) => openTabAudio(id),
    private readonly unclaimedMs = 60_000,
  ) {}

  async attach(streamId: string): Promise<TabAudioResult> {
    this.release();
    let tab: TabAudio;
    try {
      tab = await this.open(streamId);
    } catch (e) {
      return { ok: false, problem: 'tab-failed', message: describeFailure(e) };
    }
    this.tab = tab;
    this.timer = setTimeout(() => this.release(), this.unclaimedMs);
    return { ok: true };
  }

  /** Hands the prepared audio to a recording (undefined when there is none, or its tab ended). */
  take(): TabAudio | undefined {
    clearTimeout(this.timer);
    const tab = this.tab;
    this.tab = undefined;
    if (tab?.ended) {
      tab.close();
      return undefined;
    }
    return tab;
  }

  release(): void {
    clearTimeout(this.timer);
    this.tab?.close();
    this.tab = undefined;
  }
}
