import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const settings = {
  modelId: 'whisper-tiny.en',
  precision: 'q8',
  backendPolicy: 'wasm',
  templateKey: 'soap',
  ehrSites: [
    {
      origin: 'https://ehr.example.org',
      label: 'Clinic EHR',
      patientIdSelector: '#mrn',
      noteFieldSelector: '#note',
    },
  ],
};

describe.each(testDatabaseKinds())('organisation settings (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  it('are empty until an admin saves them; then every signed-in user reads them', async () => {
    const empty = await json(await t.call('GET', '/org-settings', { token: t.tokens.clinician }));
    expect(empty).toEqual({ settings: null, version: 0, updatedAt: null });
    const put = await t.call('PUT', '/org-settings', { token: t.tokens.admin, body: { settings } });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBe('"1"');
    for (const token of [t.tokens.clinician, t.tokens.staff]) {
      const read = await json(await t.call('GET', '/org-settings', { token }));
      expect(read).toMatchObject({ settings, version: 1 });
    }
  });

  it('audits who changed them', async () => {
    const audit = await json<{ events: Array<{ action: string; actorId: string }> }>(
      await t.call('GET', '/audit?action=org_settings.update', { token: t.tokens.admin }),
    );
    const events = audit.events.filter((e) => e.action === 'org_settings.update');
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]!.actorId).toBe(t.userIds.admin);
  });

  it('refuses a stale version, an unpublished default template and a malformed EHR site', async () => {
    const stale = await t.call('PUT', '/org-settings', {
      token: t.tokens.admin,
      body: { settings },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.status).toBe(412);
    const noTemplate = await t.call('PUT', '/org-settings', {
      token: t.tokens.admin,
      body: { settings: { ...settings, templateKey: 'no-such-template' } },
    });
    expect(noTemplate.status).toBe(400);
    expect(JSON.stringify(await json(noTemplate))).toContain('templateKey');
    const badSite = await t.call('PUT', '/org-settings', {
      token: t.tokens.admin,
      body: {
        settings: { ...settings, ehrSites: [{ origin: 'https://x.org/chart', noteFieldSelector: '#n' }] },
      },
    });
    expect(badSite.status).toBe(400);
    // Not a URL at all: a clear 400 too (the origin check once threw on it, a 500).
    const notUrl = await t.call('PUT', '/org-settings', {
      token: t.tokens.admin,
      body: { settings: { ...settings, ehrSites: [{ origin: 'not a url', noteFieldSelector: '#n' }] } },
    });
    expect(notUrl.status).toBe(400);
    expect((await json(await t.call('GET', '/org-settings', { token: t.tokens.admin }))).version).toBe(1);
  });
});
