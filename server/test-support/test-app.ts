import { builtinTemplates } from '../../shared/clinical/templates/index.js';
import { createApp } from '../app.js';
import type { Drafter } from '../app-env.js';
import type { Database, Db } from '../db/client.js';
import { type AppConfig, defaultConfig } from '../env.js';
import { createMemoryLogger } from '../logging/logger.js';
import { ensureBuiltinTemplates } from '../templates/templates.service.js';
import { createUser } from '../users/users.service.js';
import { createTestDatabase, type TestDatabaseKind } from './test-db.js';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A drafter for tests that do not exercise drafting: one supported sentence per segment. */
export const echoDrafter: Drafter = {
  async draft({ segments, template }) {
    const first = template.sections[0]!;
    return {
      engine: 'offline',
      warnings: [],
      codes: [],
      content: {
        drafter: 'offline',
        warnings: [],
        sections: template.sections.map((s) => ({
          id: s.id,
          title: s.title,
          sentences:
            s.id === first.id
              ? segments.map((seg) => ({
                  id: `s${seg.seq}`,
                  text: seg.text,
                  evidence: [{ seq: seg.seq, start: 0, end: seg.text.length }],
                  support: 'supported' as const,
                }))
              : [],
        })),
      },
    };
  },
};

export interface TestContext {
  app: ReturnType<typeof createApp>;
  database: Database;
  logLines: string[];
  now: { value: Date };
  tokens: { admin: string; clinician: string; clinician2: string; staff: string };
  userIds: { admin: string; clinician: string; clinician2: string; staff: string };
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** A full app on a fresh database with four signed-in users and the built-in templates. */
export async function createTestContext(
  kind: TestDatabaseKind = 'pglite',
  drafterFor: Drafter | ((db: Db) => Drafter) = echoDrafter,
  config: Partial<AppConfig> = {},
): Promise<TestContext> {
  const database = await createTestDatabase(kind);
  const drafter = typeof drafterFor === 'function' ? drafterFor(database.db) : drafterFor;
  const now = { value: new Date('2026-03-02T09:00:00.000Z') };
  const logger = createMemoryLogger();
  await ensureBuiltinTemplates(database.db, builtinTemplates, now.value);
  const app = createApp({
    db: database.db,
    clock: () => now.value,
    config: { ...defaultConfig, ...config },
    logger,
    drafter,
  });
  const call: TestContext['call'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  const roles = [
    ['admin', 'admin'],
    ['clinician', 'clinician'],
    ['clinician2', 'clinician'],
    ['staff', 'staff'],
  ] as const;
  const tokens = {} as TestContext['tokens'];
  const userIds = {} as TestContext['userIds'];
  for (const [name, role] of roles) {
    const user = await createUser(database.db, {
      email: `${name}@test.local`,
      displayName: `Test ${name}`,
      role,
      password: TEST_PASSWORD,
    });
    userIds[name] = user.id;
    const res = await call('POST', '/auth/login', {
      body: { email: `${name}@test.local`, password: TEST_PASSWORD },
    });
    if (res.status !== 200) throw new Error(`login failed for ${name}: ${res.status}`);
    tokens[name] = ((await res.json()) as { token: string }).token;
  }
  return { app, database, logLines: logger.lines, now, tokens, userIds, call, close: () => database.close() };
}

export const json = async <T = Record<string, unknown>>(res: Response): Promise<T> => (await res.json()) as T;
