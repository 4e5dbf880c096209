import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { defaultConfig } from '../env.js';
import { createMemoryLogger } from '../logging/logger.js';
import {
  createTestContext,
  echoDrafter,
  json,
  TEST_PASSWORD,
  type TestContext,
} from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { LOGIN_WINDOW_MS } from './login-rate-limit.js';

describe.each(testDatabaseKinds())('sign-in rate limits, kept in the database (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  /** A login from a given socket address, as @hono/node-server passes it. */
  const loginFrom = (ip: string, email: string, password: string, headers: Record<string, string> = {}) =>
    Promise.resolve(
      t.app.request(
        '/auth/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ email, password }),
        },
        { incoming: { socket: { remoteAddress: ip } } },
      ),
    );

  it('locks an account after 5 failures in 15 minutes with 429, Retry-After and rate_limited', async () => {
    const start = t.now.value;
    try {
      for (let i = 0; i < 5; i++) {
        // Different addresses: the per-account limit holds however the guesses are spread.
        t.now.value = new Date(start.getTime() + i * 60_000);
        expect((await loginFrom(`10.1.0.${i}`, 'staff@test.local', 'wrong password')).status).toBe(401);
      }
      t.now.value = new Date(start.getTime() + 5 * 60_000);
      const locked = await loginFrom('10.1.0.99', 'staff@test.local', TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect((await json(locked)).code).toBe('rate_limited');
      // The oldest failure (at +0) leaves the window at +15 min: 10 minutes from now.
      expect(Number(locked.headers.get('retry-after'))).toBe(600);
      // Another account from the same address is not affected.
      expect((await loginFrom('10.1.0.99', 'admin@test.local', TEST_PASSWORD)).status).toBe(200);
      // Sliding window: once the oldest failure is 15 minutes old, one more attempt is allowed.
      t.now.value = new Date(start.getTime() + LOGIN_WINDOW_MS + 1000);
      expect((await loginFrom('10.1.0.99', 'staff@test.local', TEST_PASSWORD)).status).toBe(200);
      // A successful sign-in clears the account's failures.
      expect((await loginFrom('10.1.0.98', 'staff@test.local', TEST_PASSWORD)).status).toBe(200);
    } finally {
      t.now.value = start;
    }
  });

  // The per-address logic is the same SQL as the per-account one: one backend is enough (scrypt is slow).
  it.runIf(kind === 'pglite')('limits one address to 20 failures in 15 minutes across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await loginFrom('10.2.0.1', `nobody${i}@test.local`, 'wrong password');
      expect(res.status).toBe(401);
    }
    const blocked = await loginFrom('10.2.0.1', 'clinician@test.local', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await loginFrom('10.2.0.2', 'clinician@test.local', TEST_PASSWORD)).status).toBe(200);
  });

  it('is shared by every server on the database (state is not in memory)', async () => {
    const secondServer = createApp({
      db: t.database.db,
      clock: () => t.now.value,
      config: defaultConfig,
      logger: createMemoryLogger(),
      drafter: echoDrafter,
    });
    const start = t.now.value;
    try {
      t.now.value = new Date(start.getTime() + 2 * LOGIN_WINDOW_MS);
      for (let i = 0; i < 5; i++) await loginFrom(`10.3.0.${i}`, 'clinician2@test.local', 'wrong password');
      const res = await secondServer.request(
        '/auth/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'clinician2@test.local', password: TEST_PASSWORD }),
        },
        { incoming: { socket: { remoteAddress: '10.3.1.1' } } },
      );
      expect(res.status).toBe(429);
    } finally {
      t.now.value = start;
    }
  });

  it.runIf(kind === 'pglite')('trusts X-Forwarded-For only when TRUST_PROXY is on', async () => {
    const start = t.now.value;
    const proxied = createApp({
      db: t.database.db,
      clock: () => t.now.value,
      config: { ...defaultConfig, trustProxy: true },
      logger: createMemoryLogger(),
      drafter: echoDrafter,
    });
    const viaProxy = (forwardedFor: string, email: string) =>
      Promise.resolve(
        proxied.request(
          '/auth/login',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
            body: JSON.stringify({ email, password: 'wrong password' }),
          },
          { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
        ),
      );
    try {
      t.now.value = new Date(start.getTime() + 4 * LOGIN_WINDOW_MS);
      // A client-supplied first hop does not matter: the proxy's last hop is the client.
      for (let i = 0; i < 20; i++) await viaProxy(`1.2.3.${i}, 10.4.0.1`, `x${i}@test.local`);
      expect((await viaProxy('9.9.9.9, 10.4.0.1', 'y@test.local')).status).toBe(429);
      expect((await viaProxy('10.4.0.2', 'y@test.local')).status).toBe(401);
      // Without TRUST_PROXY the header is ignored: these all come from the socket address 10.5.0.1.
      for (let i = 0; i < 20; i++)
        await loginFrom('10.5.0.1', `z${i}@test.local`, 'wrong password', {
          'x-forwarded-for': `8.8.8.${i}`,
        });
      expect(
        (await loginFrom('10.5.0.1', 'q@test.local', 'x', { 'x-forwarded-for': '7.7.7.7' })).status,
      ).toBe(429);
    } finally {
      t.now.value = start;
    }
  });
});
