/**
 * Node-only edge (CLI, tests, benchmarks): loads onnxruntime-node or onnxruntime-web's WASM build
 * and reads model files from disk. The browser extension never imports this file.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AsrBackend, FileReader, OrtModule, SessionOptions } from './ort-types.js';

export type NodeRuntimeKind = 'node' | 'wasm';

export interface NodeRuntime {
  ort: OrtModule;
  backend: AsrBackend;
  sessionOptions: SessionOptions;
}

export const readFileFromDisk: FileReader = async (path) => new Uint8Array(await readFile(path));

export async function loadNodeRuntime(
  kind: NodeRuntimeKind,
  options: { threads?: number } = {},
): Promise<NodeRuntime> {
  if (kind === 'node') {
    const ort = await import('onnxruntime-node');
    // Without `threads`, ONNX Runtime picks its own pool size (what transformers.js gets too).
    const threads =
      options.threads === undefined ? {} : { intraOpNumThreads: options.threads, interOpNumThreads: 1 };
    return { ort, backend: 'cpu', sessionOptions: { executionProviders: ['cpu'], ...threads } };
  }
  const ort = await import('onnxruntime-web');
  // Node has no page to serve the .wasm from: point ONNX Runtime at the installed package.
  const distDir = dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));
  ort.env.wasm.wasmPaths = `${pathToFileURL(join(distDir, '/')).href}`;
  // Node has SharedArrayBuffer and worker threads: as in a cross-origin isolated extension page,
  // up to 4 threads (the base model's encoder: 3.6 s on one thread, 1.8 s on two).
  ort.env.wasm.numThreads = options.threads ?? Math.min(4, availableParallelism());
  return { ort, backend: 'wasm', sessionOptions: { executionProviders: ['wasm'] } };
}
