import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db/client.js';
import { defaultConfig } from '../env.js';
import { createMemoryLogger } from '../logging/logger.js';
import { echoDrafter, TEST_PASSWORD } from '../test-support/test-app.js';
import { createTestDatabase } from '../test-support/test-db.js';
import { createUser } from '../users/users.service.js';

describe('SESSION_IDLE_MINUTES=1 is kept to the second (injected clock)', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const start = new Date('2026-03-02T09:00:00.000Z').getTime();
  const now = { value: start };
  const at = (seconds: number) => {
    now.value = start + seconds * 1000;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
    await createUser(database.db, {
      email: 'idle@test.local',
      displayName: 'Idle',
      role: 'clinician',
      password: TEST_PASSWORD,
    });
    app = createApp({
      db: database.db,
      clock: () => new Date(now.value),
      config: { ...defaultConfig, sessionIdleMs: 60_000 },
      logger: createMemoryLogger(),
      drafter: echoDrafter,
    });
  });
  afterAll(() => database.close());

  const signIn = async () => {
    const res = await app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'idle@test.local', password: TEST_PASSWORD }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  const me = async (token: string) => {
    const res = await app.request('/me', { headers: { authorization: `Bearer ${token}` } });
    return res.status === 200 ? 200 : ((await res.json()) as { code: string }).code;
  };

  it('a user active every 40 s stays signed in', async () => {
    at(0);
    const token = await signIn();
    for (let s = 40; s <= 400; s += 40) {
      at(s);
      expect(await me(token), `request at ${s} s`).toBe(200);
    }
  });

  it('signs out after 60 idle seconds, not before', async () => {
    at(1000);
    const token = await signIn();
    at(1030);
    expect(await me(token)).toBe(200);
    at(1090);
    expect(await me(token), '60 s after the last request').toBe(200);
    at(1151);
    expect(await me(token), '61 s after the last request').toBe('session_expired');
  });

  it('a burst of requests on a session that is due a last-seen write writes it once', async () => {
    at(2000);
    const token = await signIn();
    at(2005);
    const updates = vi.spyOn(database.db, 'update');
    try {
      // All six read the session before the first write lands; before, each of them wrote it.
      const statuses = await Promise.all(Array.from({ length: 6 }, () => me(token)));
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
      expect(updates).toHaveBeenCalledTimes(1);
      // Within the second: no write; past it: one again, and the idle clock counts from it.
      at(2005.8);
      expect(await me(token)).toBe(200);
      expect(updates).toHaveBeenCalledTimes(1);
      at(2007);
      expect(await me(token)).toBe(200);
      expect(updates).toHaveBeenCalledTimes(2);
    } finally {
      updates.mockRestore();
    }
    at(2067);
    expect(await me(token), '60 s after the last request').toBe(200);
    at(2128.5);
    expect(await me(token), '61.5 s after the last request').toBe('session_expired');
  });
});
