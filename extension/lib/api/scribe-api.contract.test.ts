/**
 * Contract test: the extension's typed client against the real Hono app (in-process, PGlite).
 * Tests may import server code; the extension bundle never does (it uses `import type` only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../server/test-support/test-app.js';
import { AppError } from '../../../shared/errors.js';
import { createScribeApi, type ScribeApi } from './scribe-api.js';

const BASE = 'http://scribe.test';
const seg = (seq: number, text: string) => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 800,
  speaker: 'unknown' as const,
  text,
});

describe('createScribeApi against the real app', () => {
  let ctx: TestContext;
  let clinician: ScribeApi;
  let staff: ScribeApi;
  const api = (token?: string) =>
    createScribeApi(BASE, token, (input, init) => Promise.resolve(ctx.app.request(String(input), init)));

  beforeAll(async () => {
    ctx = await createTestContext();
    clinician = api(ctx.tokens.clinician);
    staff = api(ctx.tokens.staff);
  });
  afterAll(() => ctx.close());

  it('starts an encounter once when its answer is lost: the retry carries the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    let lose = true;
    const flaky = createScribeApi(BASE, ctx.tokens.clinician, async (input, init) => {
      keys.push(new Headers(init?.headers).get('idempotency-key'));
      const res = await ctx.app.request(String(input), init);
      if (lose) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return res;
    });
    const enc = await flaky.createEncounter({
      patient: { mrn: 'LOST-1' },
      consent: { attested: true, method: 'verbal' },
    });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    const mine = await clinician.listEncounters();
    expect(mine.filter((e) => e.patient.mrn === 'LOST-1').map((e) => e.id)).toEqual([enc.id]);
  });

  it('signs in, and maps a wrong password to the stable code', async () => {
    const session = await api().login('clinician@test.local', 'correct horse battery staple');
    expect(session.user.role).toBe('clinician');
    await expect(api().login('clinician@test.local', 'wrong password!')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('runs a whole encounter: consent, idempotent segments, 409 on changed content, draft, edit, sign', async () => {
    const encounter = await clinician.createEncounter({
      patient: { mrn: 'CT-1' },
      consent: { attested: true, method: 'verbal' },
    });
    expect(await clinician.appendSegments(encounter.id, [seg(0, 'cough'), seg(1, 'fever')])).toEqual({
      inserted: [0, 1],
      unchanged: [],
    });
    expect((await clinician.appendSegments(encounter.id, [seg(1, 'fever')])).unchanged).toEqual([1]);
    const conflict = await clinician
      .appendSegments(encounter.id, [seg(1, 'different')])
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(AppError);
    expect(conflict).toMatchObject({ code: 'segment_conflict', status: 409 });

    const { note } = await clinician.draft(encounter.id, 'soap', 'offline');
    expect((await staff.reviewQueue()).map((n) => n.id)).toContain(note.id);
    const edited = await staff.saveNote(note.id, note.content, note.version);
    expect(edited.version).toBe(note.version + 1);
    // A save against the old version is refused with 412, never applied.
    await expect(clinician.saveNote(note.id, note.content, note.version)).rejects.toMatchObject({
      code: 'precondition_failed',
    });
    await expect(staff.signNote(note.id, edited.version)).rejects.toMatchObject({ code: 'forbidden' });
    const signed = await clinician.signNote(note.id, edited.version);
    expect(signed.status).toBe('signed');
    expect((await clinician.addAddendum(note.id, 'Follow-up call done.')).addenda).toHaveLength(1);
    const versions = await clinician.listVersions(note.id);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect((await clinician.getVersion(note.id, 1)).content.sections.length).toBeGreaterThan(0);
  });

  it('lets admins list, version and publish templates', async () => {
    const admin = api(ctx.tokens.admin);
    const soap = (await admin.listTemplates()).find((t) => t.key === 'soap')!;
    const body = { ...soap.published!.body, name: 'SOAP (edited)' };
    const version = await admin.addTemplateVersion(soap.id, body);
    expect(version.status).toBe('draft');
    const published = await admin.publishTemplateVersion(soap.id, version.version);
    expect(published.status).toBe('published');
    await expect(clinician.addTemplateVersion(soap.id, body)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('reads the audit log and its verification with the shared response schemas', async () => {
    const admin = api(ctx.tokens.admin);
    const events = await admin.auditEvents(50);
    expect(events.map((e) => e.action)).toContain('auth.login');
    expect(await admin.verifyAudit()).toMatchObject({ valid: true });
  });

  it('reports an unreachable server as the retriable network error', async () => {
    const offline = createScribeApi(BASE, 'token', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.me()).rejects.toMatchObject({ code: 'network_unavailable' });
  });
});
