import { AppError } from '../../shared/errors.js';

export interface DispatchLimits {
  /** Tasks that run at once (one per worker). */
  slots: number;
  /** Tasks that may wait for a slot; one more is refused with 503 rather than queued without end. */
  maxQueued: number;
  /** Retry-After of that 503, in seconds. */
  retryAfterSeconds: number;
}

interface Waiting {
  start(slot: number): void;
}

/** The client went away while its task waited for a slot. */
export const clientGone = () =>
  new AppError('bad_request', 'The request was abandoned by its client before it was served');

/**
 * Hands tasks to a fixed number of slots in arrival order. When every slot is busy and `maxQueued`
 * tasks already wait, the next is refused at once (503 service_unavailable with Retry-After): under
 * overload a client learns to come back instead of waiting behind a queue that only grows.
 */
export class BoundedDispatch {
  private readonly free: number[];
  private readonly queue: Waiting[] = [];

  constructor(private readonly limits: DispatchLimits) {
    this.free = Array.from({ length: limits.slots }, (_, i) => i);
  }

  get queued(): number {
    return this.queue.length;
  }

  /** `signal`: aborting it drops the task while it waits (a running task finishes). */
  run<T>(task: (slot: number) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(clientGone());
    const slot = this.free.shift();
    if (slot !== undefined) return this.runIn(slot, task);
    if (this.queue.length >= this.limits.maxQueued)
      return Promise.reject(
        new AppError('service_unavailable', 'The server is drafting at capacity; try again shortly', {
          details: { retryAfterSeconds: this.limits.retryAfterSeconds },
        }),
      );
    return new Promise<T>((resolve, reject) => {
      const waiting: Waiting = {
        start: (s) => {
          signal?.removeEventListener('abort', leave);
          this.runIn(s, task).then(resolve, reject);
        },
      };
      const leave = () => {
        const at = this.queue.indexOf(waiting);
        if (at >= 0) this.queue.splice(at, 1);
        reject(clientGone());
      };
      signal?.addEventListener('abort', leave, { once: true });
      this.queue.push(waiting);
    });
  }

  private async runIn<T>(slot: number, task: (slot: number) => Promise<T>): Promise<T> {
    try {
      return await task(slot);
    } finally {
      const next = this.queue.shift();
      if (next) next.start(slot);
      else this.free.push(slot);
    }
  }
}
