import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../shared/errors.js';
import { type CatalogEntry, filesFor, type precisionSchema } from './catalog.js';
import { downloadFile, type Progress } from './download-file.js';

export const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';

export interface FetchModelOptions {
  entry: CatalogEntry;
  precision: (typeof precisionSchema)['_output'];
  /** Usually models/<id>/. */
  destDir: string;
  /** Hub base URL (env HF_ENDPOINT in the CLI). */
  endpoint?: string;
  onProgress?: (p: Progress) => void;
}

/** Downloads one catalog model, file by file, from `<endpoint>/<repo>/resolve/main/<file>`. */
export async function fetchModel(
  o: FetchModelOptions,
): Promise<{ path: string; result: 'downloaded' | 'already-present' }[]> {
  if (o.entry.repo === null) {
    throw new AppError(
      'bad_request',
      `${o.entry.id} is generated locally, not downloaded: npm run models:make-test`,
    );
  }
  const base = (o.endpoint ?? DEFAULT_HF_ENDPOINT).replace(/\/+$/, '');
  const results: { path: string; result: 'downloaded' | 'already-present' }[] = [];
  for (const file of filesFor(o.entry, o.precision)) {
    const dest = join(o.destDir, file.path);
    mkdirSync(dirname(dest), { recursive: true });
    const url = `${base}/${o.entry.repo}/resolve/main/${file.path}`;
    results.push({ path: file.path, result: await downloadFile(url, dest, file, o.onProgress) });
  }
  return results;
}
