import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';

type Role = 'public' | 'admin' | 'clinician' | 'staff';
const stableCodes = new Set(Object.keys(errorCodes));

/** Values of the wrong type, huge, unicode or structurally odd: what a hostile client sends. */
const junkValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    '%00',
    '{"$ne":null}',
    "' OR 1=1 --",
    '🩺'.repeat(500),
  ),
  fc.integer().map((n) => 'x'.repeat(Math.abs(n) % 100_000)),
  fc.double(),
  fc.constantFrom(null, true, -1, 1e308, Number.MAX_SAFE_INTEGER + 2),
);

const bodyArb = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 12 }), junkValue, { maxKeys: 6 }),
  fc.record({ segments: fc.array(fc.dictionary(fc.string({ maxLength: 8 }), junkValue), { maxLength: 3 }) }),
  fc.record({
    content: junkValue,
    templateKey: junkValue,
    code: junkValue,
    email: junkValue,
    password: junkValue,
  }),
  junkValue,
);

describe('fuzz: every route, every role, hostile input → no 5xx, only problem+json with stable codes', () => {
  let t: TestContext;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestContext();
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn: 'FUZZ-1' }, consent: { attested: true, method: 'verbal' } },
      }),
    );
    ids.encounter = enc.id as string;
    const note = await json(
      await t.call('POST', `/encounters/${ids.encounter}/notes`, {
        token: t.tokens.clinician,
        body: { templateKey: 'soap' },
      }),
    );
    ids.note = note.id as string;
  });
  afterAll(() => t.close());

  it('survives bounded random requests', async () => {
    const routes = [
      ...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
    ].map((r) => r.split(' ') as [string, string]);
    expect(routes.length).toBeGreaterThan(30);
    const realIds = () => [ids.encounter!, ids.note!, t.userIds.staff, t.userIds.clinician];
    const segment = fc.oneof(
      fc.constantFrom(...realIds(), '00000000-0000-4000-8000-000000000000', '1'),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constant('x'.repeat(5000)),
    );
    const seen = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom<Role>('public', 'admin', 'clinician', 'staff'),
        fc.array(segment, { minLength: 3, maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 30 }), {
          maxKeys: 4,
        }),
        fc.option(bodyArb, { nil: undefined }),
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', undefined),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (route, role, segments, query, body, contentType, ifMatch) => {
          const [method, pattern] = route;
          let i = 0;
          const path = pattern
            .replace(/:[A-Za-z]+/g, () => encodeURIComponent(segments[i++ % 3]!))
            .replace('*', encodeURIComponent(segments[2]!));
          const qs = new URLSearchParams(query).toString();
          const headers: Record<string, string> = {};
          if (role !== 'public') headers.authorization = `Bearer ${t.tokens[role]}`;
          if (contentType && body !== undefined) headers['content-type'] = contentType;
          if (ifMatch !== undefined && /^[\x20-\x7e]*$/.test(ifMatch)) headers['if-match'] = ifMatch;
          const res = await t.app.request(`${path}${qs ? `?${qs}` : ''}`, {
            method,
            headers,
            body: body === undefined || method === 'GET' ? undefined : JSON.stringify(body),
          });
          const label = `${role} ${method} ${pattern} → ${res.status}`;
          seen.set(`${method} ${pattern}`, (seen.get(`${method} ${pattern}`) ?? 0) + 1);
          expect(res.status, label).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('content-type'), label).toContain('application/problem+json');
            const problem = (await res.json()) as { code: string; status: number };
            expect(stableCodes.has(problem.code), `${label}: ${problem.code}`).toBe(true);
            expect(problem.status).toBe(res.status);
          } else {
            await res.arrayBuffer();
          }
        },
      ),
      { numRuns: 600, seed: 20_260_302, endOnFailure: true },
    );
    // Bounded runs still reach (nearly) every route.
    expect(seen.size).toBeGreaterThan(routes.length * 0.8);
  });
});
