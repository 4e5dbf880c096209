import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { defaultConfig } from '../env.js';
import { createMemoryLogger } from '../logging/logger.js';
import { createTestContext, echoDrafter, type TestContext } from '../test-support/test-app.js';

const LIMIT = 4096;

/** Sends raw bytes over TCP and returns every HTTP status line the server answered with. */
function rawRequest(port: number, payload: string, { endAfterWrite = true, waitMs = 1500 } = {}) {
  return new Promise<{ statuses: number[]; text: string }>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    const finish = () => {
      socket.destroy();
      resolve({ statuses: [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1])), text });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (d) => {
      text += d.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      finish();
    });
    socket.write(payload, () => {
      if (endAfterWrite) socket.end();
    });
  });
}

const head = (lines: string[]) => `${lines.join('\r\n')}\r\n\r\n`;
const jsonBody = (size: number) => JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(size) });

describe('body limit over a real socket (known body-limit bypasses)', () => {
  let t: TestContext;
  let server: ReturnType<typeof serve>;
  let port: number;
  beforeAll(async () => {
    t = await createTestContext();
    const app = createApp({
      db: t.database.db,
      clock: () => t.now.value,
      config: { ...defaultConfig, bodyLimitBytes: LIMIT },
      logger: createMemoryLogger(),
      drafter: echoDrafter,
    });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  const post = ['POST /auth/login HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json'];

  it('413 for a declared Content-Length over the limit', async () => {
    const body = jsonBody(LIMIT * 2);
    const { statuses } = await rawRequest(port, head([...post, `Content-Length: ${body.length}`]) + body);
    expect(statuses[0]).toBe(413);
  });

  it('413 for a chunked body without Content-Length that grows past the limit', async () => {
    const body = jsonBody(LIMIT * 3);
    const chunks = body.match(/[\s\S]{1,1000}/g)!.map((c) => `${c.length.toString(16)}\r\n${c}\r\n`);
    const payload = `${head([...post, 'Transfer-Encoding: chunked'])}${chunks.join('')}0\r\n\r\n`;
    const { statuses } = await rawRequest(port, payload);
    expect(statuses[0]).toBe(413);
  });

  it('a Content-Length smaller than the body cannot smuggle the rest past the limit', async () => {
    const body = jsonBody(LIMIT * 3);
    const { statuses } = await rawRequest(port, head([...post, 'Content-Length: 20']) + body);
    // The server reads 20 bytes (not JSON → 400); the rest is not a valid request (→ 400 from Node).
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 400 || s === 413)).toBe(true);
  });

  it('refuses Content-Length together with Transfer-Encoding (request smuggling)', async () => {
    const body = jsonBody(LIMIT * 3);
    const chunk = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const { statuses } = await rawRequest(
      port,
      head([...post, 'Content-Length: 5', 'Transfer-Encoding: chunked']) + chunk,
    );
    expect(statuses).toEqual([400]);
  });

  it('a declared length larger than what arrives neither crashes nor answers 5xx', async () => {
    const { statuses } = await rawRequest(port, `${head([...post, 'Content-Length: 3000'])}{"email":`, {
      endAfterWrite: true,
    });
    expect(statuses.every((s) => s < 500)).toBe(true);
  });

  it('lies in chunk sizes are refused, and the server keeps serving', async () => {
    const payload = `${head([...post, 'Transfer-Encoding: chunked'])}zz\r\nhello\r\n0\r\n\r\n`;
    const { statuses } = await rawRequest(port, payload);
    expect(statuses).toEqual([400]);
    const health = await rawRequest(
      port,
      head(['GET /health HTTP/1.1', 'Host: 127.0.0.1', 'Connection: close']),
    );
    expect(health.statuses).toEqual([200]);
  });
});
