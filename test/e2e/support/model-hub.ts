import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** The repository id under which the mock hub serves the project's test model. */
export const HUB_TEST_REPO = 'scribe-e2e/whisper-test';

/**
 * A stand-in for the Hugging Face hub (or an organisation's mirror): `/<repo>/resolve/main/<file>`
 * answers as the hub does, with CORS and a redirect to a content host for the ONNX weights. Serves
 * models/test-model under HUB_TEST_REPO and records what was asked for.
 */
export async function startModelHub() {
  const modelDir = path.join(repoRoot, 'models/test-model');
  const requests: string[] = [];
  const prefix = `/${HUB_TEST_REPO}/resolve/main/`;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    requests.push(url.pathname);
    const cors = { 'access-control-allow-origin': '*' };
    const file = url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length)
      : url.pathname.startsWith('/cdn/')
        ? url.pathname.slice('/cdn/'.length)
        : null;
    const onDisk = file && !file.includes('..') ? path.join(modelDir, file) : null;
    if (!onDisk || !existsSync(onDisk) || !statSync(onDisk).isFile()) {
      res.writeHead(404, { ...cors, 'content-type': 'text/plain' });
      res.end('Entry not found');
      return;
    }
    if (file?.endsWith('.onnx') && !url.pathname.startsWith('/cdn/')) {
      res.writeHead(302, { ...cors, location: `/cdn/${file}` });
      res.end();
      return;
    }
    res.writeHead(200, {
      ...cors,
      'content-type': 'application/octet-stream',
      'content-length': String(statSync(onDisk).size),
    });
    createReadStream(onDisk).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
