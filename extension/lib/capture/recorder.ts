import { openMicrophone } from './microphone.js';
import workletUrl from './pcm-capture.worklet.ts?worker&url';

export interface RecorderCallbacks {
  /** 16 kHz mono PCM, ~100 ms per call, in order. */
  onPcm(pcm16k: Float32Array, level: number): void;
}

/** Microphone → AudioWorklet (mono, 16 kHz) → callbacks. Pause suspends the audio graph. */
export class Recorder {
  private flushed: (() => void) | undefined;

  private constructor(
    private readonly context: AudioContext,
    private readonly stream: MediaStream,
    private readonly node: AudioWorkletNode,
  ) {}

  static async open(callbacks: RecorderCallbacks): Promise<Recorder> {
    const stream = await openMicrophone();
    const context = new AudioContext();
    await context.audioWorklet.addModule(workletUrl);
    const source = context.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(context, 'pcm-capture', { numberOfInputs: 1, numberOfOutputs: 0 });
    const recorder = new Recorder(context, stream, node);
    node.port.onmessage = (
      event: MessageEvent<{ pcm?: Float32Array; level?: number; flushed?: boolean }>,
    ) => {
      if (event.data.pcm) callbacks.onPcm(event.data.pcm, Math.min(1, event.data.level ?? 0));
      if (event.data.flushed) recorder.flushed?.();
    };
    source.connect(node);
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
