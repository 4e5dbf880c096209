import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../shared/errors.js';
import type { CatalogFile } from './catalog.js';

export interface Progress {
  path: string;
  receivedBytes: number;
  totalBytes: number | null;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Size and hash checks for whatever the catalog knows (null = unknown, not checked). */
async function verify(file: CatalogFile, path: string): Promise<string | undefined> {
  const size = statSync(path).size;
  if (file.size !== null && size !== file.size) return `size ${size} bytes, expected ${file.size}`;
  if (file.sha256 !== null) {
    const actual = await sha256File(path);
    if (actual !== file.sha256) return `sha256 ${actual}, expected ${file.sha256}`;
  }
  return undefined;
}

/**
 * Downloads `url` to `dest` through `dest.part`, resuming a partial `.part` with an HTTP Range
 * request, then verifies size/sha256 when known. A verified `dest` is not downloaded again.
 */
export async function downloadFile(
  url: string,
  dest: string,
  file: CatalogFile,
  onProgress: (p: Progress) => void = () => {},
): Promise<'downloaded' | 'already-present'> {
  if (existsSync(dest) && (await verify(file, dest)) === undefined) return 'already-present';
  const part = `${dest}.part`;
  const have = existsSync(part) ? statSync(part).size : 0;
  let response: Response;
  try {
    response = await fetch(url, { headers: have > 0 ? { Range: `bytes=${have}-` } : {} });
  } catch (cause) {
    throw new AppError(
      'network_unavailable',
      `cannot reach ${new URL(url).origin} to download ${file.path} (offline?). Retry when online, set HF_ENDPOINT to a mirror, or copy the files into the model folder by hand.`,
      { cause, details: { url } },
    );
  }
  const resumed = response.status === 206;
  if (!response.ok || !response.body) {
    throw new AppError(
      'network_unavailable',
      `download of ${file.path} failed: HTTP ${response.status} from ${url}`,
      {
        details: { url, status: response.status },
      },
    );
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const start = resumed ? have : 0;
  const totalBytes = file.size ?? (Number.isFinite(length) ? start + length : null);
  let receivedBytes = start;
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    receivedBytes += chunk.length;
    onProgress({ path: file.path, receivedBytes, totalBytes });
  });
  try {
    // 200 instead of 206: the server ignored Range, so start the part file over.
    await pipeline(body, createWriteStream(part, { flags: resumed ? 'a' : 'w' }));
  } catch (cause) {
    throw new AppError(
      'network_unavailable',
      `download of ${file.path} was interrupted; run the same command again to resume`,
      {
        cause,
        details: { url, receivedBytes },
      },
    );
  }
  const problem = await verify(file, part);
  if (problem) {
    rmSync(part, { force: true }); // a corrupt part cannot be resumed into a good file
    throw new AppError(
      'invalid_model',
      `${file.path} failed verification (${problem}); the partial file was removed`,
      {
        details: { url },
      },
    );
  }
  renameSync(part, dest);
  return 'downloaded';
}
