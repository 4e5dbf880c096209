import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.js';
import { problemResponse } from '../http/problem.js';
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
});
