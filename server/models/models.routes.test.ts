import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../models/catalog.js';
import type { AppEnv } from '../app-env.js';
import { problemResponse } from '../http/problem.js';
import { isModelFileName } from './model-files.js';
import { modelsRoutes } from './models.routes.js';

describe('model files served to the extension', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scribe-models-'));
  mkdirSync(path.join(dir, 'tiny', 'onnx'), { recursive: true });
  writeFileSync(path.join(dir, 'tiny', 'onnx', 'encoder_model.onnx'), Buffer.from([1, 2, 3, 4]));
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  const app = new Hono<AppEnv>().route('/models', modelsRoutes(path.join(dir, 'tiny')));
  app.onError((e, c) => problemResponse(c, e));

  it('serves a file inside the folder with its length', async () => {
    const res = await app.request('/models/onnx/encoder_model.onnx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('4');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([1, 2, 3, 4]);
  });

  it('serves from a relative folder as configured by default (MODELS_DIR=./models)', async () => {
    const rel = new Hono<AppEnv>().route(
      '/models',
      modelsRoutes(path.relative(process.cwd(), path.join(dir, 'tiny'))),
    );
    expect((await rel.request('/models/onnx/encoder_model.onnx')).status).toBe(200);
  });

  it('refuses traversal, hidden files and missing files with 404', async () => {
    for (const p of [
      '/models/../secret.txt',
      '/models/%2e%2e/secret.txt',
      '/models/.git/config',
      '/models/onnx/missing.onnx',
      '/models/onnx',
    ]) {
      expect((await app.request(p)).status, p).toBe(404);
    }
  });

  it('every file the model catalog lists is a servable model file', () => {
    const catalog = loadCatalog();
    const paths = catalog.models.flatMap((m) => [
      ...m.files.map((f) => f.path),
      ...Object.values(m.precisions).flatMap((files) => (files ?? []).map((f) => f.path)),
    ]);
    expect(paths.length).toBeGreaterThan(5);
    for (const p of paths) expect(isModelFileName(p), p).toBe(true);
  });
});

describe('/models serves model files only, never the project folder it sits in', () => {
  // MODELS_DIR defaults to the repository's models/ folder, which also holds scripts and the catalog.
  const root = mkdtempSync(path.join(tmpdir(), 'scribe-models-project-'));
  const models = path.join(root, 'models');
  const put = (rel: string, text = 'x') => {
    mkdirSync(path.dirname(path.join(models, rel)), { recursive: true });
    writeFileSync(path.join(models, rel), text);
  };
  put('test-model/config.json', '{}');
  put('test-model/tokenizer.json', '{}');
  put('test-model/onnx/encoder_model.onnx');
  put('test-model/onnx/decoder_model_merged_q4.onnx');
  put('catalog.json', '{}');
  put('fetch.ts', 'source');
  put('README.md', 'docs');
  put('scripts/make-test-model.ts', 'source');
  put('test-model/notes.md', 'docs');
  put('test-model/build.ts', 'source');
  put('test-model/.env', 'SECRET=1');
  put('test-model/.cache/config.json', '{}');
  writeFileSync(path.join(root, 'secret.onnx'), 'outside');
  symlinkSync(path.join(root, 'secret.onnx'), path.join(models, 'test-model', 'onnx', 'escape.onnx'));
  const app = new Hono<AppEnv>().route('/models', modelsRoutes(models));
  app.onError((e, c) => problemResponse(c, e));

  it('serves the catalog, and configs, tokenizers and graphs inside a model folder', async () => {
    for (const p of [
      'catalog.json',
      'test-model/config.json',
      'test-model/tokenizer.json',
      'test-model/onnx/encoder_model.onnx',
      'test-model/onnx/decoder_model_merged_q4.onnx',
    ]) {
      expect((await app.request(`/models/${p}`)).status, p).toBe(200);
    }
  });

  it('refuses source, docs, dotfiles, symlinks out and malformed paths with 404', async () => {
    for (const p of [
      'fetch.ts',
      'README.md',
      'scripts/make-test-model.ts',
      'test-model/notes.md',
      'test-model/build.ts',
      'test-model/.env',
      'test-model/.cache/config.json',
      'test-model/onnx/escape.onnx',
      'test-model/%2e%2e/fetch.ts',
      'test-model/catalog.json',
      'test-model/..%2F..%2Fsecret.onnx',
      '%',
      'test-model/%E0%A4%A',
    ]) {
      const res = await app.request(`/models/${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain('source');
    }
  });
});
