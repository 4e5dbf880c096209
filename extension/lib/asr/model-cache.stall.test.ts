import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedModelReader } from './model-cache.js';

/** Cache Storage that never has the file. */
const emptyCaches = {
  open: async () => ({ match: async () => undefined, put: async () => {} }),
} as unknown as CacheStorage;

/**
 * A server (or hub, or mirror) that sends `sent` bytes and then nothing more, without closing the
 * connection: a dead network as fetch sees it. Like a real fetch, aborting its signal errors the body.
 */
function stallingFetch(sent: number) {
  return (async (_url: string, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (sent > 0) controller.enqueue(new Uint8Array(sent));
        init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
      },
    });
    return new Response(body, { headers: { 'content-length': String(sent * 10) } });
  }) as unknown as typeof fetch;
}

describe('cachedModelReader on a network that stops answering', () => {
  afterEach(() => vi.useRealTimers());

  // The recorder waits for the model in 'loading-model', where the panel offers no Stop: a download
  // that never ends would hold it there (and a telehealth call tab captured) until the browser quits.
  it('gives up with network_unavailable when no byte arrives for the stall time', async () => {
    vi.useFakeTimers();
    const limits = { answerMs: 120_000, stallMs: 30_000 };
    const read = cachedModelReader(() => {}, emptyCaches, stallingFetch(1000), limits);
    const result = read('https://huggingface.co/org/model/resolve/main/onnx/encoder_model.onnx');
    const settled = vi.fn();
    result.then(settled, settled);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(settled).not.toHaveBeenCalled(); // a slow download is not a dead one
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(result).rejects.toMatchObject({ code: 'network_unavailable' });
    await expect(result).rejects.toThrow(/huggingface\.co/);
  });

  it('waits longer for the answer (a caching mirror fetching upstream), but not for ever', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const silent = (async (_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(signal!.reason)),
      );
    }) as unknown as typeof fetch;
    const read = cachedModelReader(() => {}, emptyCaches, silent, { answerMs: 120_000, stallMs: 30_000 });
    const result = read('https://mirror.clinic.example/org/model/resolve/main/config.json');
    const settled = vi.fn();
    result.then(settled, settled);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(61_000);
    await expect(result).rejects.toMatchObject({ code: 'network_unavailable' });
    await expect(result).rejects.toThrow(/mirror\.clinic\.example stopped \(no data for 120 s\)/);
  });

  it('reports a connection lost mid-file as network_unavailable', async () => {
    const broken = (async () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body);
    }) as unknown as typeof fetch;
    await expect(cachedModelReader(() => {}, emptyCaches, broken)('http://s/x.onnx')).rejects.toMatchObject({
      code: 'network_unavailable',
    });
  });
});
