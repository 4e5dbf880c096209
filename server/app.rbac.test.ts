import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from './test-support/test-app.js';
import { testDatabaseKinds } from './test-support/test-db.js';

type Who = 'public' | 'admin' | 'clinician' | 'staff';
/** `clinician*`: only the encounter's own clinician; another clinician gets 404. */
type Rule = ReadonlyArray<Who | 'clinician*'>;
const ALL: Rule = ['admin', 'clinician', 'staff'];

/** Every route of the app and who may call it. A new route without a line here fails the test. */
const matrix: Record<string, Rule> = {
  'GET /health': ['public'],
  'GET /models/*': ['public'],
  'POST /auth/login': ['public'],
  'POST /auth/logout': ALL,
  'GET /me': ALL,
  'POST /me/password': ALL,
  'POST /me/totp/setup': ['admin', 'clinician'],
  'POST /me/totp/enable': ['admin', 'clinician'],
  'POST /me/totp/disable': ['admin', 'clinician'],
  'POST /break-glass': ['admin'],
  'GET /users': ['admin'],
  'POST /users': ['admin'],
  'PATCH /users/:id': ['admin'],
  'POST /users/:id/password': ['admin'],
  'GET /patients': ['clinician', 'staff'],
  'POST /patients': ['clinician', 'staff'],
  'PATCH /patients/:id': ['staff'],
  'POST /encounters': ['clinician'],
  'GET /encounters': ['clinician', 'staff'],
  'GET /encounters/:id': ['clinician*', 'staff'],
  'POST /encounters/:id/complete': ['clinician*'],
  'POST /encounters/:id/segments': ['clinician*'],
  'GET /encounters/:id/segments': ['clinician*', 'staff'],
  'PUT /encounters/:id/segments/:seq/role': ['clinician*'],
  'POST /encounters/:id/notes': ['clinician*'],
  'GET /encounters/:id/notes': ['clinician*', 'staff'],
  'POST /encounters/:id/draft': ['clinician*', 'staff'],
  'GET /notes': ['clinician', 'staff'],
  'GET /notes/:id': ['clinician*', 'staff'],
  'PUT /notes/:id': ['clinician*', 'staff'],
  'POST /notes/:id/sign': ['clinician*'],
  'POST /notes/:id/redraft': ['clinician*', 'staff'],
  'POST /notes/:id/addenda': ['clinician*'],
  'GET /notes/:id/versions': ['clinician*', 'staff'],
  'GET /notes/:id/versions/:version': ['clinician*', 'staff'],
  'PATCH /notes/:id/codes/:codeId': ['clinician*', 'staff'],
  'GET /notes/:id/export': ['clinician*', 'staff'],
  'GET /notes/:id/ehr-text': ['clinician*', 'staff'],
  'POST /notes/:id/ehr-insert-overrides': ['clinician*', 'staff'],
  'POST /notes/:id/ehr-inserts': ['clinician*', 'staff'],
  'GET /templates': ALL,
  'GET /templates/:id': ALL,
  'POST /templates': ['admin'],
  'POST /templates/:id/versions': ['admin'],
  'POST /templates/:id/versions/:version/publish': ['admin'],
  'GET /audit': ['admin'],
  'GET /audit/verify': ['admin'],
  'GET /audit/export.csv': ['admin'],
  'POST /audit/checkpoints': ['admin'],
  'GET /codes/search': ALL,
  'GET /org-settings': ALL,
  'PUT /org-settings': ['admin'],
};

describe.each(testDatabaseKinds())('role matrix over every route (%s)', (kind) => {
  let t: TestContext;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestContext(kind);
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn: 'RBAC-1' }, consent: { attested: true, method: 'verbal' } },
      }),
    );
    ids.encounter = enc.id as string;
    ids.patient = (enc.patient as { id: string }).id;
    await t.call('POST', `/encounters/${ids.encounter}/segments`, {
      token: t.tokens.clinician,
      body: { segments: [{ seq: 0, startMs: 0, endMs: 1000, speaker: 'patient', text: 'My knee hurts.' }] },
    });
    const note = await json(
      await t.call('POST', `/encounters/${ids.encounter}/notes`, {
        token: t.tokens.clinician,
        body: { templateKey: 'soap' },
      }),
    );
    ids.note = note.id as string;
    const templates = await json<{ templates: { id: string }[] }>(
      await t.call('GET', '/templates', { token: t.tokens.admin }),
    );
    ids.template = templates.templates[0]!.id;
  });
  afterAll(() => t.close());

  const routes = () => [
    ...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
  ];

  const fill = (path: string) =>
    path
      .replace(':codeId', '00000000-0000-4000-8000-000000000000')
      .replace(':version', '1')
      .replace(':seq', '0')
      .replace(/^\/users\/:id/, `/users/${t.userIds.staff}`)
      .replace(/^\/templates\/:id/, `/templates/${ids.template}`)
      .replace(/^\/encounters\/:id/, `/encounters/${ids.encounter}`)
      .replace(/^\/notes\/:id/, `/notes/${ids.note}`)
      .replace(/^\/patients\/:id/, `/patients/${ids.patient}`);

  it('has a rule for every route, and every rule names a real route', () => {
    const actual = routes();
    expect(actual.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((r) => !actual.includes(r))).toEqual([]);
  });

  it('answers 401 without a token on every protected route', async () => {
    for (const route of routes()) {
      if (matrix[route]?.includes('public')) continue;
      const [method, path] = route.split(' ') as [string, string];
      const res = await t.call(method, fill(path), { body: method === 'GET' ? undefined : {} });
      expect(res.status, route).toBe(401);
      expect(res.headers.get('content-type'), route).toContain('application/problem+json');
    }
  });

  it('answers 403 to a role the route does not allow, and lets allowed roles through', async () => {
    for (const route of routes()) {
      const rule = matrix[route]!;
      if (rule.includes('public') || route === 'POST /auth/logout') continue;
      const [method, path] = route.split(' ') as [string, string];
      for (const role of ['admin', 'clinician', 'staff'] as const) {
        const allowed = rule.includes(role) || (role === 'clinician' && rule.includes('clinician*'));
        const res = await t.call(method, fill(path), {
          token: t.tokens[role],
          body: method === 'GET' ? undefined : {},
        });
        if (allowed) expect([401, 403], `${role} ${route} → ${res.status}`).not.toContain(res.status);
        else {
          expect(res.status, `${role} ${route}`).toBe(403);
          expect((await json(res)).code).toBe('forbidden');
        }
      }
    }
  });

  it("answers 404 to another clinician for this clinician's encounter and note routes", async () => {
    for (const route of routes()) {
      if (!matrix[route]!.includes('clinician*')) continue;
      const [method, path] = route.split(' ') as [string, string];
      const res = await t.call(method, fill(path), {
        token: t.tokens.clinician2,
        body: method === 'GET' ? undefined : (validBodies[route] ?? {}),
        headers: { 'if-match': '"1"' },
      });
      expect(res.status, route).toBe(404);
    }
  });

  it('lets any signed-in user log out, which revokes that session only', async () => {
    const login = await json(
      await t.call('POST', '/auth/login', {
        body: { email: 'staff@test.local', password: 'correct horse battery staple' },
      }),
    );
    const token = login.token as string;
    expect((await t.call('POST', '/auth/logout', { token })).status).toBe(204);
    expect((await t.call('GET', '/me', { token })).status).toBe(401);
    expect((await t.call('GET', '/me', { token: t.tokens.staff })).status).toBe(200);
  });
});

const validBodies: Record<string, unknown> = {
  'POST /encounters/:id/segments': {
    segments: [{ seq: 9, startMs: 0, endMs: 10, speaker: 'patient', text: 'x' }],
  },
  'POST /encounters/:id/notes': { templateKey: 'soap' },
  'POST /encounters/:id/draft': { templateKey: 'soap' },
  'PUT /encounters/:id/segments/:seq/role': { role: 'clinician' },
  'POST /notes/:id/redraft': { mode: 'offline' },
  'PUT /notes/:id': { content: { sections: [], drafter: 'manual', warnings: [] } },
  'POST /notes/:id/addenda': { text: 'addendum' },
  'PATCH /notes/:id/codes/:codeId': { status: 'accepted' },
  'POST /notes/:id/ehr-insert-overrides': { chartMrn: null, reason: 'checked the chart by hand' },
  'POST /notes/:id/ehr-inserts': { version: 1, mode: 'append', chartMrn: 'X-1', overrideId: null },
};
