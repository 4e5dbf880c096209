import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, TEST_PASSWORD, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('sign-in and sessions (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.call('POST', '/auth/login', { body: { email, password } });

  it('returns a token and the user; /me answers with that user', async () => {
    const res = await login('Clinician@Test.local', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.user).toMatchObject({ email: 'clinician@test.local', role: 'clinician' });
    const me = await json(await t.call('GET', '/me', { token: body.token as string }));
    expect(me.id).toBe(t.userIds.clinician);
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    const unknown = await login('nobody@test.local', TEST_PASSWORD);
    const wrong = await login('clinician@test.local', 'wrong password here');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const [a, b] = [await json(unknown), await json(wrong)];
    expect(a.code).toBe('invalid_credentials');
    expect(b.code).toBe('invalid_credentials');
    expect(a.detail).toBe(b.detail);
  });

  it('expires a session after 30 idle minutes but not while it is used', async () => {
    const { token } = await json<{ token: string }>(await login('staff@test.local', TEST_PASSWORD));
    const start = t.now.value;
    try {
      t.now.value = new Date(start.getTime() + 25 * 60_000);
      expect((await t.call('GET', '/me', { token })).status).toBe(200);
      t.now.value = new Date(start.getTime() + 50 * 60_000);
      expect((await t.call('GET', '/me', { token })).status).toBe(200);
      t.now.value = new Date(start.getTime() + 81 * 60_000);
      const res = await t.call('GET', '/me', { token });
      expect(res.status).toBe(401);
      expect((await json(res)).code).toBe('session_expired');
    } finally {
      t.now.value = start;
    }
  });

  it('enforces the absolute lifetime even for a session in constant use', async () => {
    const { token } = await json<{ token: string }>(await login('staff@test.local', TEST_PASSWORD));
    const start = t.now.value;
    try {
      for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
        t.now.value = new Date(start.getTime() + minutes * 60_000);
        expect((await t.call('GET', '/me', { token })).status).toBe(200);
      }
      t.now.value = new Date(start.getTime() + 12 * 60 * 60_000 + 1000);
      expect((await t.call('GET', '/me', { token })).status).toBe(401);
    } finally {
      t.now.value = start;
    }
  });

  it('rejects malformed and unknown tokens', async () => {
    expect((await t.call('GET', '/me', { headers: { authorization: 'Bearer x' } })).status).toBe(401);
    expect((await t.call('GET', '/me', { token: 'A'.repeat(43) })).status).toBe(401);
    expect((await t.call('GET', '/me', { headers: { authorization: `Basic ${btoa('a:b')}` } })).status).toBe(
      401,
    );
  });

  it('a deactivated user is signed out everywhere and cannot sign in', async () => {
    const created = await json(
      await t.call('POST', '/users', {
        token: t.tokens.admin,
        body: {
          email: 'temp@test.local',
          displayName: 'Temp',
          role: 'staff',
          password: 'another long password',
        },
      }),
    );
    const { token } = await json<{ token: string }>(await login('temp@test.local', 'another long password'));
    const patch = await t.call('PATCH', `/users/${created.id}`, {
      token: t.tokens.admin,
      body: { active: false },
    });
    expect(patch.status).toBe(200);
    expect((await t.call('GET', '/me', { token })).status).toBe(401);
    expect((await login('temp@test.local', 'another long password')).status).toBe(401);
  });

  it('an admin password reset revokes the old sessions', async () => {
    await t.call('POST', '/users', {
      token: t.tokens.admin,
      body: {
        email: 'reset@test.local',
        displayName: 'Reset',
        role: 'clinician',
        password: 'first long password',
      },
    });
    const { token, user } = await json<{ token: string; user: { id: string } }>(
      await login('reset@test.local', 'first long password'),
    );
    const res = await t.call('POST', `/users/${user.id}/password`, {
      token: t.tokens.admin,
      body: { password: 'second long password' },
    });
    expect(res.status).toBe(204);
    expect((await t.call('GET', '/me', { token })).status).toBe(401);
    expect((await login('reset@test.local', 'second long password')).status).toBe(200);
  });
});
