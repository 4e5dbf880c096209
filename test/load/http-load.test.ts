import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseReader, requestBytes, runLoad } from './http-load.js';

// autocannon's own request builder: the lean client must send the very bytes autocannon sent.
const buildRequest = createRequire(import.meta.url)('autocannon/lib/httpRequestBuilder') as (
  defaults: Record<string, unknown>,
) => (req: Record<string, unknown>) => Buffer;

describe('requestBytes', () => {
  const headers = { authorization: 'Bearer abc', 'content-type': 'application/json' };

  it('lays out a GET as autocannon did', () => {
    const ours = requestBytes({ url: 'http://127.0.0.1:4321/notes/n-1', headers }, undefined);
    const theirs = buildRequest({ hostname: '127.0.0.1', port: 4321, path: '/notes/n-1', headers })({});
    expect(ours.toString()).toBe(theirs.toString());
  });

  it('lays out a POST with a body (and its Content-Length) as autocannon did', () => {
    const body = JSON.stringify({ segments: [{ seq: 12, text: 'Knee hurts on stairs — «ça fait mal».' }] });
    const ours = requestBytes(
      { url: 'http://127.0.0.1:4321/encounters/e/segments', method: 'POST', headers },
      body,
    );
    const theirs = buildRequest({
      hostname: '127.0.0.1',
      port: 4321,
      path: '/encounters/e/segments',
      method: 'POST',
      headers,
    })({ body });
    expect(ours.equals(theirs)).toBe(true);
  });
});

describe('ResponseReader', () => {
  const feed = (reader: ResponseReader, text: string, cuts: number[]) => {
    const statuses: (number | null)[] = [];
    let from = 0;
    for (const to of [...cuts, text.length]) {
      statuses.push(reader.push(Buffer.from(text.slice(from, to), 'latin1')));
      from = to;
    }
    return statuses;
  };

  it('ends a Content-Length response at its last byte, however the bytes arrive', () => {
    const res =
      'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\ncontent-length: 11\r\n\r\n{"ok":true}';
    for (const cuts of [[], [5], [40, 70], [res.length - 1]])
      expect(feed(new ResponseReader(), res, cuts)).toEqual([...cuts.map(() => null), 201]);
  });

  it('ends a chunked response only at its last chunk', () => {
    const res =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nA\r\n0123456789\r\n0\r\n\r\n';
    for (const cuts of [[], [20], [50, 55], [res.length - 3], [res.length - 1]])
      expect(feed(new ResponseReader(), res, cuts)).toEqual([...cuts.map(() => null), 200]);
  });

  it('reads the next response on the same connection afresh', () => {
    const reader = new ResponseReader();
    expect(reader.push(Buffer.from('HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno'))).toBe(404);
    expect(reader.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'))).toBe(200);
  });
});

describe('runLoad', () => {
  let close: () => void;
  let origin = '';
  const seen: { client: string; seq: number }[] = [];
  beforeAll(async () => {
    const app = new Hono()
      .post('/c/:client', async (c) => {
        const { seq } = (await c.req.json()) as { seq: number };
        seen.push({ client: c.req.param('client'), seq });
        return c.json({ seq }, 201);
      })
      .get('/stream', (c) =>
        stream(c, async (s) => {
          await s.write('streamed');
        }),
      )
      .get('/missing', (c) => c.text('no', 404));
    await new Promise<void>((resolve) => {
      const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => {
        origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      });
      close = () => server.close();
    });
  });
  afterAll(() => close());

  it('keeps each client on its own target, its bodies built in order, one request at a time', async () => {
    seen.length = 0;
    const next = [0, 0, 0];
    const result = await runLoad(3, 300, (c) => ({
      url: `${origin}/c/${c}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: () => JSON.stringify({ seq: next[c]!++ }),
    }));
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.statuses.get(201)).toBe(result.times.length);
    for (const c of [0, 1, 2]) {
      const seqs = seen.filter((s) => s.client === String(c)).map((s) => s.seq);
      expect(seqs.length).toBeGreaterThan(3);
      // One in flight per client: the server saw its bodies in the order they were built.
      expect(seqs).toEqual(seqs.map((_, i) => i));
    }
    // Every answered request was timed; at most one per client was cut off by the end.
    expect(result.times.length).toBeGreaterThanOrEqual(seen.length - 3);
    expect(result.times.every((ms) => ms >= 0 && ms < 300)).toBe(true);
  });

  it('counts streamed (chunked) answers and non-2xx statuses', async () => {
    const ok = await runLoad(2, 200, () => ({ url: `${origin}/stream` }));
    expect(ok.times.length).toBeGreaterThan(2);
    expect(ok.statuses.get(200)).toBe(ok.times.length);
    const missing = await runLoad(1, 100, () => ({ url: `${origin}/missing` }));
    expect(missing.non2xx).toBe(missing.times.length);
    expect(missing.non2xx).toBeGreaterThan(0);
  });

  it('counts a refused connection as an error instead of hanging', async () => {
    const result = await runLoad(1, 200, () => ({ url: 'http://127.0.0.1:1/' }));
    expect(result.times).toEqual([]);
    expect(result.errors).toBeGreaterThan(0);
  });
});
