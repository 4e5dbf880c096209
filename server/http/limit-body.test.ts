import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors.js';
import { limitBody } from './middleware.js';

/** A Request that counts how often its body is asked for (on Node that builds the whole web Request). */
class CountingRequest extends Request {
  bodyReads = 0;
  override get body() {
    this.bodyReads++;
    return super.body;
  }
}

const app = new Hono()
  .use(limitBody(16))
  .get('/chart', (c) => c.text('chart'))
  .post('/chart', async (c) => c.text(await c.req.text()));
app.onError((e, c) =>
  c.text(isAppError(e) ? e.code : 'error', isAppError(e) && e.code === 'payload_too_large' ? 413 : 500),
);

describe('limitBody', () => {
  it('passes a read (GET, HEAD) on without asking for a body it cannot have', async () => {
    for (const method of ['GET', 'HEAD']) {
      const req = new CountingRequest('http://scribe.test/chart', { method });
      expect((await app.fetch(req)).status).toBe(200);
      expect(req.bodyReads).toBe(0);
    }
  });

  it('still refuses a body over the limit and lets one within it through', async () => {
    const big = new CountingRequest('http://scribe.test/chart', { method: 'POST', body: 'x'.repeat(17) });
    const res = await app.fetch(big);
    expect(res.status).toBe(413);
    expect(await res.text()).toBe('payload_too_large');
    const small = await app.fetch(new Request('http://scribe.test/chart', { method: 'POST', body: 'ok' }));
    expect(await small.text()).toBe('ok');
  });
});
