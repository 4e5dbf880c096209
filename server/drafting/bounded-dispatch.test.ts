import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { BoundedDispatch } from './bounded-dispatch.js';

/** A task that runs until released, recording which slot ran it. */
function gated() {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  const slots: number[] = [];
  const task = async (slot: number) => {
    slots.push(slot);
    await released;
    return slot;
  };
  return { task, release, slots };
}

describe('BoundedDispatch', () => {
  it('runs as many tasks at once as it has slots, the rest in arrival order', async () => {
    const d = new BoundedDispatch({ slots: 2, maxQueued: 5, retryAfterSeconds: 1 });
    const a = gated();
    const order: string[] = [];
    const first = d.run(a.task);
    const second = d.run(a.task);
    const third = d.run(async () => order.push('third'));
    const fourth = d.run(async () => order.push('fourth'));
    await Promise.resolve();
    expect(a.slots.sort()).toEqual([0, 1]);
    expect(d.queued).toBe(2);
    expect(order).toEqual([]);
    a.release();
    await Promise.all([first, second, third, fourth]);
    expect(order).toEqual(['third', 'fourth']);
    expect(d.queued).toBe(0);
  });

  it('refuses a task beyond the queue limit with 503 and Retry-After, at once', async () => {
    const d = new BoundedDispatch({ slots: 1, maxQueued: 1, retryAfterSeconds: 3 });
    const g = gated();
    const running = d.run(g.task);
    const waiting = d.run(async () => 'waited');
    const refused = await d.run(async () => 'never').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'service_unavailable',
      status: 503,
      details: { retryAfterSeconds: 3 },
    });
    g.release();
    expect(await running).toBe(0);
    expect(await waiting).toBe('waited');
  });

  it('frees the slot of a task that failed', async () => {
    const d = new BoundedDispatch({ slots: 1, maxQueued: 0, retryAfterSeconds: 1 });
    await expect(d.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await d.run(async (slot) => slot)).toBe(0);
  });
});

describe('BoundedDispatch when the client goes away', () => {
  it('drops a waiting task whose signal aborts, and refuses one already aborted', async () => {
    const d = new BoundedDispatch({ slots: 1, maxQueued: 1, retryAfterSeconds: 1 });
    const g = gated();
    const running = d.run(g.task);
    const client = new AbortController();
    let ran = false;
    const dropped = d
      .run(async () => {
        ran = true;
      }, client.signal)
      .catch((e: unknown) => e);
    expect(d.queued).toBe(1);
    client.abort();
    expect(await dropped).toMatchObject({ code: 'bad_request' });
    expect(d.queued).toBe(0);
    await expect(d.run(async () => 'late', client.signal)).rejects.toMatchObject({ code: 'bad_request' });
    g.release();
    expect(await running).toBe(0);
    expect(ran).toBe(false);
  });
});
