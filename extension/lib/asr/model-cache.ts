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
  /**
   * A download is given up when the server has not answered after `answerMs` (generous: a caching
   * mirror may fetch the whole file upstream first) or, once answering, sends no byte for `stallMs`.
   * A dead network never ends it otherwise.
   */
  limits: { answerMs: number; stallMs: number } = { answerMs: 300_000, stallMs: 60_000 },
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
    // Aborted when the answer or the next bytes do not come in time (slow is fine, dead is not).
    const abort = new AbortController();
    let waitedMs = limits.answerMs;
    let timer = setTimeout(() => abort.abort(), waitedMs);
    const alive = () => {
      clearTimeout(timer);
      waitedMs = limits.stallMs;
      timer = setTimeout(() => abort.abort(), waitedMs);
    };
    const unreachable = (cause: unknown) =>
      new AppError(
        'network_unavailable',
        abort.signal.aborted
          ? `The model download from ${hostOf(url)} stopped (no data for ${Math.round(waitedMs / 1000)} s)`
          : `The model could not be downloaded from ${hostOf(url)}`,
        { cause },
      );
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      let response: Response;
      try {
        response = await fetchImpl(url, { signal: abort.signal });
      } catch (cause) {
        throw unreachable(cause);
      }
      if (!response.ok)
        throw new AppError('model_not_found', `model file missing on ${hostOf(url)} (${response.status})`);
      progress.fromCache = false;
      progress.totalBytes += Number(response.headers.get('content-length') ?? 0);
      alive();
      try {
        bytes = await readWithProgress(response, (n) => {
          alive();
          progress.loadedBytes += n;
          onProgress({ ...progress, totalBytes: Math.max(progress.totalBytes, progress.loadedBytes) });
        });
      } catch (cause) {
        throw unreachable(cause);
      }
    } finally {
      clearTimeout(timer);
    }
    await cache.put(url, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    return bytes;
  };
}
