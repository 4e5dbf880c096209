import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { safeDecodeURIComponent } from '../../shared/api/bounded.js';

/**
 * What a Whisper model folder holds (models/catalog.json and the Hugging Face ONNX layout):
 * graphs and their external weights, configs and tokenizer files; plus the catalog itself at the
 * top, which the extension reads to offer models. Anything else under MODELS_DIR (the fetch
 * scripts, README, dotfiles) is project source and is never served.
 */
const CATALOG_FILE = 'catalog.json';
const modelGraph = /\.onnx(_data)?$/;
const modelConfigAndTokenizerFiles = new Set([
  'config.json',
  'generation_config.json',
  'preprocessor_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'added_tokens.json',
  'normalizer.json',
  'vocab.json',
  'merges.txt',
]);
const safeSegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Whether `relPath` (inside one model's folder) names a file a model is made of. */
export const isModelFileName = (relPath: string): boolean => {
  const name = relPath.split('/').at(-1) ?? '';
  return modelGraph.test(name) || modelConfigAndTokenizerFiles.has(name);
};

/**
 * The absolute path of the model file that URL path `urlPath` (below /models/) names, or null:
 * `catalog.json`, `<model>/<file>` or `<model>/onnx/<graph>` inside `modelsDir`, never a dotfile, never `..`, and
 * after resolving symlinks still inside `modelsDir`.
 */
export function resolveModelFile(modelsDir: string, urlPath: string): string | null {
  const rel = safeDecodeURIComponent(urlPath);
  if (rel === null) return null;
  const parts = rel.split('/');
  if (parts.some((p) => !safeSegment.test(p))) return null;
  // The catalog, or a model's folder then its file: other files at the top of MODELS_DIR are the project's own.
  const allowed = parts.length === 1 ? rel === CATALOG_FILE : isModelFileName(rel);
  if (!allowed) return null;
  try {
    const root = realpathSync(modelsDir);
    const file = realpathSync(path.resolve(root, ...parts));
    if (!file.startsWith(root + path.sep) || !statSync(file).isFile()) return null;
    return file;
  } catch {
    return null;
  }
}
