import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import type { CatalogEntry } from './catalog.js';
import { fetchModel } from './fetch-model.js';

// Deterministic pseudo-random payloads (incompressible, like ONNX weights).
const payload = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 2654435761 + seed) >>> 24);
const files: Record<string, Uint8Array> = {
  'config.json': new TextEncoder().encode('{"model_type":"whisper"}'),
  'onnx/encoder_model_quantized.onnx': payload(300_000, 1),
};
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const entry = (overrides: Partial<Record<string, string>> = {}): CatalogEntry => ({
  id: 'whisper-fake',
  repo: 'onnx-community/whisper-fake',
  description: 'test',
  multilingual: false,
  nMels: 80,
  files: [{ path: 'config.json', size: files['config.json']!.length, sha256: sha(files['config.json']!) }],
  precisions: {
    q8: [
      {
        path: 'onnx/encoder_model_quantized.onnx',
        size: 300_000,
        sha256: overrides.encoderSha ?? sha(files['onnx/encoder_model_quantized.onnx']!),
      },
    ],
  },
});

/** A hub stand-in on 127.0.0.1: serves `files` with Range support, optionally cutting a body short. */
let server: Server;
let endpoint: string;
const requests: { path: string; range: string | undefined }[] = [];
let cut: { path: string; atByte: number } | undefined;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '').replace('/onnx-community/whisper-fake/resolve/main/', '');
    requests.push({ path, range: req.headers.range });
    const body = files[path];
    if (!body) return void res.writeHead(404).end();
    const start = Number(/bytes=(\d+)-/.exec(req.headers.range ?? '')?.[1] ?? 0);
    const slice = body.subarray(start);
    res.writeHead(start > 0 ? 206 : 200, { 'content-length': slice.length });
    if (cut?.path === path) {
      const at = cut.atByte;
      cut = undefined;
      res.write(slice.subarray(0, at), () => setTimeout(() => res.destroy(), 20));
      return;
    }
    res.end(slice);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dest: string;
beforeEach(() => {
  dest = mkdtempSync(join(tmpdir(), 'scribe-fetch-'));
  requests.length = 0;
  return () => rmSync(dest, { recursive: true, force: true });
});
const encoderPath = () => join(dest, 'onnx/encoder_model_quantized.onnx');
async function error(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('fetchModel against a local hub', () => {
  it('downloads every file of a precision into the model folder, verified', async () => {
    const results = await fetchModel({ entry: entry(), precision: 'q8', destDir: dest, endpoint });
    expect(results.map((r) => r.result)).toEqual(['downloaded', 'downloaded']);
    expect(readFileSync(encoderPath())).toEqual(Buffer.from(files['onnx/encoder_model_quantized.onnx']!));
    // Second run: verified in place, nothing requested again.
    requests.length = 0;
    const again = await fetchModel({ entry: entry(), precision: 'q8', destDir: dest, endpoint });
    expect(again.map((r) => r.result)).toEqual(['already-present', 'already-present']);
    expect(requests).toEqual([]);
  });

  it('resumes a cut download with an HTTP Range request from the .part file', async () => {
    cut = { path: 'onnx/encoder_model_quantized.onnx', atByte: 100_000 };
    const cutEntry = entry();
    const first = fetchModel({ entry: cutEntry, precision: 'q8', destDir: dest, endpoint });
    const e = await error(first);
    expect(e.code).toBe('network_unavailable');
    const partSize = statSync(`${encoderPath()}.part`).size;
    expect(partSize).toBeGreaterThan(0);
    expect(partSize).toBeLessThan(300_000);
    await fetchModel({ entry: cutEntry, precision: 'q8', destDir: dest, endpoint });
    expect(requests.at(-1)).toEqual({
      path: 'onnx/encoder_model_quantized.onnx',
      range: `bytes=${partSize}-`,
    });
    expect(sha(readFileSync(encoderPath()))).toBe(sha(files['onnx/encoder_model_quantized.onnx']!));
    expect(existsSync(`${encoderPath()}.part`)).toBe(false);
  });

  it('rejects a file whose sha256 does not match and leaves no file behind', async () => {
    const e = await error(
      fetchModel({ entry: entry({ encoderSha: 'ab'.repeat(32) }), precision: 'q8', destDir: dest, endpoint }),
    );
    expect(e.code).toBe('invalid_model');
    expect(e.message).toContain('sha256');
    expect(existsSync(encoderPath())).toBe(false);
    expect(existsSync(`${encoderPath()}.part`)).toBe(false);
  });

  it('fails with a clear message when the hub cannot be reached', async () => {
    const down = createServer();
    await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
    const port = (down.address() as AddressInfo).port;
    await new Promise<void>((r) => down.close(() => r())); // nothing listens on this port now
    const e = await error(
      fetchModel({ entry: entry(), precision: 'q8', destDir: dest, endpoint: `http://127.0.0.1:${port}` }),
    );
    expect(e.code).toBe('network_unavailable');
    expect(e.message).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+ .*offline.*HF_ENDPOINT/);
  });

  it('refuses to download the locally generated test model', async () => {
    const e = await error(
      fetchModel({ entry: { ...entry(), repo: null }, precision: 'q8', destDir: dest, endpoint }),
    );
    expect(e.message).toContain('models:make-test');
  });
});
