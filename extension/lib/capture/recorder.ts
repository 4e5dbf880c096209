import { openMicrophone } from './microphone.js';
import workletUrl from './pcm-capture.worklet.ts?worker&url';

/** Each input's RMS over one chunk; `tab` is null when the recording has no call tab input. */
export interface SourceLevels {
  mic: number;
  tab: number | null;
}

export interface RecorderCallbacks {
  /** 16 kHz mono PCM (microphone and call tab mixed), ~100 ms per call, in order. */
  onPcm(pcm16k: Float32Array, level: number, sources: SourceLevels): void;
}

/**
 * Microphone (and, in telehealth mode, the call tab's stream) → AudioWorklet (mixed to mono, 16 kHz)
 * → callbacks. Pause suspends this graph only: the call tab keeps playing to the clinician (see
 * tab-audio.ts). The tab stream belongs to its owner; stop() ends only the microphone.
 */
export class Recorder {
  private flushed: (() => void) | undefined;

  private constructor(
    private readonly context: AudioContext,
    private readonly stream: MediaStream,
    private readonly node: AudioWorkletNode,
  ) {}

  static async open(
    callbacks: RecorderCallbacks,
    tab?: MediaStream,
    deps: { openMicrophone: () => Promise<MediaStream>; createContext: () => AudioContext } = {
      openMicrophone,
      createContext: () => new AudioContext(),
    },
  ): Promise<Recorder> {
    const stream = await deps.openMicrophone();
    let context: AudioContext | undefined;
    let node: AudioWorkletNode;
    try {
      context = deps.createContext();
      await context.audioWorklet.addModule(workletUrl);
      node = new AudioWorkletNode(context, 'pcm-capture', {
        numberOfInputs: tab ? 2 : 1,
        numberOfOutputs: 0,
      });
    } catch (e) {
      // A graph that cannot be built must not leave the microphone open (the browser's
      // recording indicator would stay on with nobody recording).
      for (const track of stream.getTracks()) track.stop();
      await context?.close().catch(() => {});
      throw e;
    }
    const source = context.createMediaStreamSource(stream);
    const recorder = new Recorder(context, stream, node);
    node.port.onmessage = (
      event: MessageEvent<{ pcm?: Float32Array; level?: number; tab?: number | null; flushed?: boolean }>,
    ) => {
      const { pcm, level = 0, tab: tabLevel = null, flushed } = event.data;
      if (pcm) callbacks.onPcm(pcm, Math.min(1, level), { mic: level, tab: tabLevel });
      if (flushed) recorder.flushed?.();
    };
    source.connect(node, 0, 0);
    if (tab) context.createMediaStreamSource(tab).connect(node, 0, 1);
    return recorder;
  }

  async pause(): Promise<void> {
    await this.context.suspend();
  }

  async resume(): Promise<void> {
    await this.context.resume();
  }

  /** Stops the microphone and waits for the worklet's last samples. */
  async stop(): Promise<void> {
    if (this.context.state === 'suspended') await this.context.resume();
    const done = new Promise<void>((resolve) => {
      this.flushed = resolve;
      setTimeout(resolve, 1000); // a worklet that never answers must not hang the stop
    });
    this.node.port.postMessage('flush');
    await done;
    for (const track of this.stream.getTracks()) track.stop();
    await this.context.close();
  }
}
