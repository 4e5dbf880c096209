import type { Precision } from '../../../shared/asr/index.js';
import { AppError, type ErrorCode, errorCodes } from '../../../shared/errors.js';
import { type AsrEvent, type AsrSegment, asrEventSchema } from './asr-protocol.js';
import type { AsrBackendPreference } from './backend-choice.js';
import type { ModelProgress } from './model-cache.js';

export interface AsrListeners {
  onProgress?(progress: ModelProgress): void;
  onSegment?(segment: AsrSegment, realTimeFactor: number): void;
  /** A failure while no request was waiting (e.g. decoding during a recording). */
  onError?(error: AppError): void;
}

type Waiter = {
  accept: (e: AsrEvent) => boolean;
  resolve: (e: AsrEvent) => void;
  reject: (e: Error) => void;
};

const toError = (e: Extract<AsrEvent, { type: 'error' }>) =>
  new AppError(Object.hasOwn(errorCodes, e.code) ? (e.code as ErrorCode) : 'internal', e.message);

/** Page-side handle of the ASR worker: typed requests, promise per long-running step. */
export class AsrClient {
  private waiters: Waiter[] = [];

  constructor(
    private readonly worker: Worker,
    private readonly listeners: AsrListeners = {},
  ) {
    worker.onmessage = (message: MessageEvent) => {
      const parsed = asrEventSchema.safeParse(message.data);
      if (parsed.success) this.dispatch(parsed.data);
    };
    worker.onerror = (e) => this.failAll(new AppError('internal', `ASR worker crashed: ${e.message}`));
  }

  /** Spawns the worker bundled with the extension. */
  static spawn(listeners: AsrListeners = {}): AsrClient {
    return new AsrClient(
      new Worker(new URL('./asr.worker.ts', import.meta.url), { type: 'module' }),
      listeners,
    );
  }

  private dispatch(event: AsrEvent): void {
    if (event.type === 'progress') this.listeners.onProgress?.(event);
    if (event.type === 'segment') this.listeners.onSegment?.(event.segment, event.realTimeFactor);
    if (event.type === 'error') {
      const error = toError(event);
      if (this.waiters.length === 0) this.listeners.onError?.(error);
      this.failAll(error);
      return;
    }
    const index = this.waiters.findIndex((w) => w.accept(event));
    if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(event);
  }

  private failAll(error: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(error);
  }

  private waitFor<T extends AsrEvent['type']>(type: T): Promise<Extract<AsrEvent, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.waiters.push({
        accept: (e) => e.type === type,
        resolve: (e) => resolve(e as Extract<AsrEvent, { type: T }>),
        reject,
      });
    });
  }

  async load(modelBaseUrl: string, wasmPaths: string, backend: AsrBackendPreference, precision?: Precision) {
    const ready = this.waitFor('ready');
    this.worker.postMessage({
      type: 'load',
      modelBaseUrl,
      wasmPaths,
      backend,
      ...(precision ? { precision } : {}),
    });
    return ready;
  }

  /** `catchUp`: see the `start` request in asr-protocol.ts. */
  start(firstSeq: number, language: string | null, catchUp = false): void {
    this.worker.postMessage({ type: 'start', firstSeq, language, catchUp });
  }

  push(pcm16k: Float32Array): void {
    this.worker.postMessage({ type: 'push', pcm: pcm16k });
  }

  async finish(): Promise<AsrSegment[]> {
    const done = this.waitFor('finished');
    this.worker.postMessage({ type: 'finish' });
    return (await done).segments;
  }

  async transcribeFile(pcm16k: Float32Array, language: string | null): Promise<AsrSegment[]> {
    const done = this.waitFor('finished');
    this.worker.postMessage({ type: 'transcribe-file', pcm: pcm16k, language });
    return (await done).segments;
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new AppError('internal', 'ASR worker stopped'));
  }
}
