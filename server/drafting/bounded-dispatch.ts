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

  run<T>(task: (slot: number) => Promise<T>): Promise<T> {
    const slot = this.free.shift();
    if (slot !== undefined) return this.runIn(slot, task);
    if (this.queue.length >= this.limits.maxQueued)
      return Promise.reject(
        new AppError('service_unavailable', 'The server is drafting at capacity; try again shortly', {
          details: { retryAfterSeconds: this.limits.retryAfterSeconds },
        }),
      );
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ start: (s) => this.runIn(s, task).then(resolve, reject) });
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
