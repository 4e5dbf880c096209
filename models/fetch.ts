/**
 * npm run models:fetch -- <id> [--precision fp32|fp16|q8|q4] [--out <dir>]
 * Downloads a Whisper ONNX export from the Hugging Face hub into models/<id>/ (HF_ENDPOINT
 * overrides the hub URL). Interrupted downloads resume from their .part files.
 */
import { resolve } from 'node:path';
import { isAppError } from '../shared/errors.js';
import { findModel, loadCatalog, precisionSchema } from './catalog.js';
import type { Progress } from './download-file.js';
import { DEFAULT_HF_ENDPOINT, fetchModel } from './fetch-model.js';

function progressBar(p: Progress): string {
  const mb = (n: number) => (n / 1e6).toFixed(1);
  if (p.totalBytes === null) return `${p.path} ${mb(p.receivedBytes)} MB`;
  const fraction = Math.min(1, p.receivedBytes / p.totalBytes);
  const filled = Math.round(fraction * 30);
  return `${p.path} [${'#'.repeat(filled)}${' '.repeat(30 - filled)}] ${(fraction * 100).toFixed(0)}% ${mb(p.receivedBytes)}/${mb(p.totalBytes)} MB`;
}

async function main(argv: string[]): Promise<void> {
  const id = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const catalog = loadCatalog();
  if (!id) {
    process.stderr.write(
      `usage: npm run models:fetch -- <id> [--precision q8]\nmodels: ${catalog.models.map((m) => m.id).join(', ')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const precision = precisionSchema.parse(option('--precision') ?? 'q8');
  const entry = findModel(catalog, id);
  const destDir = resolve(option('--out') ?? resolve(import.meta.dirname, id));
  let lastDraw = 0;
  const results = await fetchModel({
    entry,
    precision,
    destDir,
    endpoint: process.env.HF_ENDPOINT ?? DEFAULT_HF_ENDPOINT,
    onProgress: (p) => {
      const now = Date.now();
      if (now - lastDraw < 100 && p.receivedBytes !== p.totalBytes) return;
      lastDraw = now;
      process.stderr.write(process.stderr.isTTY ? `\r${progressBar(p)}` : '');
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  for (const r of results)
    process.stderr.write(`${r.result === 'downloaded' ? 'downloaded' : 'verified  '} ${r.path}\n`);
  process.stderr.write(`${entry.id} (${precision}) ready in ${destDir}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`models:fetch: ${isAppError(e) || e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
