import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, TEST_PASSWORD, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';
import { base32Decode, hotp, timeStep } from './totp.js';

describe.each(testDatabaseKinds())('self-service password change and TOTP (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, totp?: string) =>
    t.call('POST', '/auth/login', { body: { email, password, ...(totp ? { totp } : {}) } });
  const tokenOf = async (res: Response) => (await json<{ token: string }>(res)).token;

  it('changes the password with the current one and signs out every other session', async () => {
    const other = await tokenOf(await login('clinician2@test.local', TEST_PASSWORD));
    const wrong = await t.call('POST', '/me/password', {
      token: t.tokens.clinician2,
      body: { currentPassword: 'not my password', newPassword: 'a brand new long password' },
    });
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).code).toBe('invalid_credentials');
    expect((await t.call('GET', '/me', { token: other })).status).toBe(200);

    const weak = await t.call('POST', '/me/password', {
      token: t.tokens.clinician2,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(weak.status).toBe(400);

    const ok = await t.call('POST', '/me/password', {
      token: t.tokens.clinician2,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new long password' },
    });
    expect(ok.status).toBe(204);
    expect((await t.call('GET', '/me', { token: other })).status).toBe(401);
    expect((await t.call('GET', '/me', { token: t.tokens.clinician2 })).status).toBe(200);
    expect((await login('clinician2@test.local', TEST_PASSWORD)).status).toBe(401);
    expect((await login('clinician2@test.local', 'a brand new long password')).status).toBe(200);
  });

  it('enrols TOTP, then requires a fresh code at sign-in and refuses a replayed one', async () => {
    const setup = await t.call('POST', '/me/totp/setup', { token: t.tokens.clinician });
    expect(setup.status).toBe(200);
    const { secret, otpauthUri } = await json<{ secret: string; otpauthUri: string }>(setup);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const code = (offsetSteps = 0) => hotp(base32Decode(secret), timeStep(t.now.value) + offsetSteps);

    const bad = await t.call('POST', '/me/totp/enable', {
      token: t.tokens.clinician,
      body: { code: '000000' },
    });
    expect(bad.status).toBe(422);
    // Until enabled, sign-in needs no code.
    expect((await login('clinician@test.local', TEST_PASSWORD)).status).toBe(200);
    const enable = await t.call('POST', '/me/totp/enable', {
      token: t.tokens.clinician,
      body: { code: code() },
    });
    expect(enable.status).toBe(200);

    const missing = await login('clinician@test.local', TEST_PASSWORD);
    expect(missing.status).toBe(401);
    expect((await json(missing)).code).toBe('totp_required');
    // The code used to enable is spent; the next step's code (clock drift +1) is accepted once.
    const replayedEnable = await login('clinician@test.local', TEST_PASSWORD, code());
    expect((await json(replayedEnable)).code).toBe('invalid_credentials');
    expect((await login('clinician@test.local', TEST_PASSWORD, code(1))).status).toBe(200);
    const replay = await login('clinician@test.local', TEST_PASSWORD, code(1));
    expect(replay.status).toBe(401);
    expect((await json(replay)).code).toBe('invalid_credentials');
    // A right code with a wrong password is still the generic error.
    expect((await json(await login('clinician@test.local', 'wrong password!!', code(1)))).code).toBe(
      'invalid_credentials',
    );

    const start = t.now.value;
    try {
      t.now.value = new Date(start.getTime() + 90_000);
      const token = await tokenOf(await login('clinician@test.local', TEST_PASSWORD, code()));
      const disable = await t.call('POST', '/me/totp/disable', { token, body: { code: code(1) } });
      expect(disable.status).toBe(200);
      expect((await login('clinician@test.local', TEST_PASSWORD)).status).toBe(200);
    } finally {
      t.now.value = start;
    }
  });

  it('offers TOTP to clinicians and admins, not to staff', async () => {
    expect((await t.call('POST', '/me/totp/setup', { token: t.tokens.staff })).status).toBe(403);
    expect((await t.call('POST', '/me/totp/setup', { token: t.tokens.admin })).status).toBe(200);
  });
});
