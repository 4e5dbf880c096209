import { describe, expect, it } from 'vitest';
import { cachedModelReader, type ModelProgress } from './model-cache.js';

/** Cache Storage with the three methods the reader uses, backed by a Map. */
function memoryCaches() {
  const entries = new Map<string, Uint8Array>();
  const cache = {
    match: async (url: string) => {
      const bytes = entries.get(url);
      return bytes ? new Response(bytes.slice()) : undefined;
    },
    put: async (url: string, response: Response) => {
      entries.set(url, new Uint8Array(await response.arrayBuffer()));
    },
  };
  return { storage: { open: async () => cache } as unknown as CacheStorage, entries };
}

const file = (n: number) => new Uint8Array(n).map((_, i) => i % 251);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('cachedModelReader', () => {
  it('downloads once with progress, then serves from the cache without the network', async () => {
    const { storage } = memoryCaches();
    const served = new Map([['http://s/models/m/onnx/encoder_model.onnx', file(300_000)]]);
    let fetches = 0;
    const fetchImpl = (async (url: string) => {
      fetches++;
      const body = served.get(url);
      return body
        ? new Response(body.slice(), { headers: { 'content-length': String(body.length) } })
        : new Response('missing', { status: 404 });
    }) as unknown as typeof fetch;
    const progress: ModelProgress[] = [];
    const read = cachedModelReader((p) => progress.push(p), storage, fetchImpl);
    const bytes = await read('http://s/models/m/onnx/encoder_model.onnx');
    expect(same(bytes, file(300_000))).toBe(true);
    expect(progress.at(-1)).toEqual({ loadedBytes: 300_000, totalBytes: 300_000, fromCache: false });
    expect(progress.length).toBeGreaterThan(0);

    // Offline afterwards: a network that always fails does not matter any more.
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const again = cachedModelReader(() => {}, storage, offline);
    expect(same(await again('http://s/models/m/onnx/encoder_model.onnx'), file(300_000))).toBe(true);
    expect(fetches).toBe(1);
  });

  it('rejects missing files (the engine probes precision variants) and reports an unreachable server', async () => {
    const { storage } = memoryCaches();
    const notFound = (async () => new Response('no', { status: 404 })) as unknown as typeof fetch;
    await expect(cachedModelReader(() => {}, storage, notFound)('http://s/x.onnx')).rejects.toMatchObject({
      code: 'model_not_found',
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(cachedModelReader(() => {}, storage, down)('http://s/x.onnx')).rejects.toMatchObject({
      code: 'network_unavailable',
    });
  });
});
