/** Where Chrome keeps the extension's microphone permission, spelled out (the panel cannot change it). */
export const microphoneSettingsSteps =
  'To allow it: Chrome menu ⋮ → Settings → Privacy and security → Site settings → Microphone; under "Not allowed to use your microphone" choose Scribe and set Microphone to Allow. Then try again.';

/** Chrome's settings page for one site (here the extension), where Microphone can be set to Allow. */
export const siteSettingsUrl = (origin: string) =>
  `chrome://settings/content/siteDetails?site=${encodeURIComponent(origin.replace(/\/$/, ''))}`;

/** Why the microphone could not be opened, as the UI explains it. */
export type MicrophoneProblem =
  | 'microphone-denied'
  | 'microphone-missing'
  | 'microphone-busy'
  | 'microphone-failed';

export class MicrophoneError extends Error {
  constructor(
    readonly problem: MicrophoneProblem,
    options?: { cause?: unknown },
  ) {
    super(microphoneAdvice(problem), options);
    this.name = 'MicrophoneError';
  }
}

export function microphoneAdvice(problem: MicrophoneProblem): string {
  switch (problem) {
    case 'microphone-denied':
      return `Chrome is blocking the microphone for Scribe. ${microphoneSettingsSteps}`;
    case 'microphone-missing':
      return 'No microphone was found. Connect one and try again.';
    case 'microphone-busy':
      return 'The microphone is in use by another application.';
    default:
      return 'The microphone could not be opened.';
  }
}

/** Maps getUserMedia's DOMException names to a problem the clinician can act on. */
export function classifyMicrophoneError(e: unknown): MicrophoneProblem {
  const name =
    e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? (e as Error).name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'microphone-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'microphone-missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'microphone-busy';
  return 'microphone-failed';
}

/** Opens the microphone with the browser's speech processing off: Whisper wants the raw signal. */
export async function openMicrophone(media: MediaDevices = navigator.mediaDevices): Promise<MediaStream> {
  if (!media?.getUserMedia) throw new MicrophoneError('microphone-missing');
  try {
    return await media.getUserMedia({
      audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (cause) {
    throw new MicrophoneError(classifyMicrophoneError(cause), { cause });
  }
}
