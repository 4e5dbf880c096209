import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, TEST_PASSWORD, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { base32Decode, hotp, timeStep } from './totp.js';

describe.each(testDatabaseKinds())('TOTP guesses are throttled and audited (%s)', (kind) => {
  let t: TestContext;
  let secret: string;
  beforeAll(async () => {
    t = await createTestContext(kind);
    secret = (
      await json<{ secret: string }>(await t.call('POST', '/me/totp/setup', { token: t.tokens.clinician }))
    ).secret;
  });
  afterAll(() => t.close());

  const current = () => hotp(base32Decode(secret), timeStep(t.now.value));
  /** A 6-digit code that is not valid now (nor in the step before or after). */
  const wrongCode = (i: number) => {
    const valid = [-1, 0, 1].map((d) => hotp(base32Decode(secret), timeStep(t.now.value) + d));
    let code = String(100_000 + i).padStart(6, '0');
    while (valid.includes(code)) code = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    return code;
  };
  const auditCount = async (action: string) => {
    const r = (await t.database.db.execute(
      sql`select count(*)::int as n from audit_events where action = ${action} and outcome = 'denied' and actor_id = ${t.userIds.clinician}`,
    )) as unknown as { rows: { n: number }[] };
    return r.rows[0]!.n;
  };

  it('300 guesses at enabling: 5 are checked, the rest refused with 429, every one in the audit log', async () => {
    const statuses = new Map<number, number>();
    let retryAfter: string | null = null;
    for (let i = 0; i < 300; i++) {
      const res = await t.call('POST', '/me/totp/enable', {
        token: t.tokens.clinician,
        body: { code: wrongCode(i) },
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(Object.fromEntries(statuses)).toEqual({ 422: 5, 429: 295 });
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(await auditCount('auth.totp.enable')).toBe(5);
    expect(await auditCount('auth.totp.enable.throttled')).toBe(295);

    // Even the right code waits for the window; after it, it works.
    expect(
      (await t.call('POST', '/me/totp/enable', { token: t.tokens.clinician, body: { code: current() } }))
        .status,
    ).toBe(429);
    t.now.value = new Date(t.now.value.getTime() + 16 * 60_000);
    const ok = await t.call('POST', '/me/totp/enable', {
      token: t.tokens.clinician,
      body: { code: current() },
    });
    expect(ok.status).toBe(200);
  });

  it('guesses at disabling are limited the same way', async () => {
    t.now.value = new Date(t.now.value.getTime() + 60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.call('POST', '/me/totp/disable', {
        token: t.tokens.clinician,
        body: { code: wrongCode(i) },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429, 429]);
    expect(await auditCount('auth.totp.disable')).toBe(5);
    expect(await auditCount('auth.totp.disable.throttled')).toBe(2);
  });

  it('guesses at the code when signing in are limited and audited too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.call('POST', '/auth/login', {
        body: { email: 'clinician@test.local', password: TEST_PASSWORD, totp: wrongCode(i) },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const r = (await t.database.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'auth.login' and outcome = 'denied'`,
    )) as unknown as { rows: { n: number }[] };
    expect(r.rows[0]!.n).toBeGreaterThanOrEqual(5);
  });
});
