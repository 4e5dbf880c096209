import { AppError } from '../../../shared/errors.js';

export interface ModelProgress {
  loadedBytes: number;
  /** Sum of the sizes announced so far (files are discovered as the engine asks for them). */
  totalBytes: number;
  fromCache: boolean;
}

export const MODEL_CACHE = 'scribe-models-v1';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return 'the model server';
  }
};

async function readWithProgress(
  response: Response,
  onChunk: (bytes: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.length;
    onChunk(value.length);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * A model-file reader for the Whisper engine: Cache Storage first (so the model works offline
 * after the first download), else the Scribe server's /models/ route or a Hugging Face hub (see
 * model-source.ts), streamed with progress.
 * Missing files reject, which the engine uses to probe precision variants.
 */
export function cachedModelReader(
  onProgress: (p: ModelProgress) => void,
  cacheStorage: CacheStorage = caches,
  fetchImpl: typeof fetch = fetch,
): (url: string) => Promise<Uint8Array> {
  const progress: ModelProgress = { loadedBytes: 0, totalBytes: 0, fromCache: true };
  return async (url) => {
    const cache = await cacheStorage.open(MODEL_CACHE);
    const hit = await cache.match(url);
    if (hit) {
      const bytes = new Uint8Array(await hit.arrayBuffer());
      progress.loadedBytes += bytes.length;
      progress.totalBytes += bytes.length;
      onProgress({ ...progress });
      return bytes;
    }
    let response: Response;
    try {
      response = await fetchImpl(url);
    } catch (cause) {
      throw new AppError('network_unavailable', `The model could not be downloaded from ${hostOf(url)}`, {
        cause,
      });
    }
    if (!response.ok)
      throw new AppError('model_not_found', `model file missing on ${hostOf(url)} (${response.status})`);
    progress.fromCache = false;
    progress.totalBytes += Number(response.headers.get('content-length') ?? 0);
    const bytes = await readWithProgress(response, (n) => {
      progress.loadedBytes += n;
      onProgress({ ...progress, totalBytes: Math.max(progress.totalBytes, progress.loadedBytes) });
    });
    await cache.put(url, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    return bytes;
  };
}
