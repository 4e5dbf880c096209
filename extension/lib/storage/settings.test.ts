import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser binds to globalThis.chrome when first imported; this plain-Node test installs WXT's
// in-memory fake first (the WxtVitest plugin would do the same through an alias).
let settings: typeof import('./settings.js');
let session: typeof import('./session.js');
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  settings = await import('./settings.js');
  session = await import('./session.js');
});
beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('falls back to defaults and repairs an invalid stored value', async () => {
    expect(await settings.loadSettings()).toEqual(settings.defaultSettings);
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'not a url', modelId: 'x' } });
    expect(await settings.loadSettings()).toEqual(settings.defaultSettings);
  });

  it('merges concurrent changes into the latest value instead of a stale copy', async () => {
    await Promise.all([
      settings.updateSettings({ modelId: 'test-model' }),
      settings.updateSettings({ asrBackend: 'wasm' }),
    ]);
    expect(await settings.loadSettings()).toMatchObject({ modelId: 'test-model', asrBackend: 'wasm' });
    await settings.updateSettings({ language: 'es' });
    expect(await settings.loadSettings()).toMatchObject({ language: 'es', asrBackend: 'wasm' });
    await settings.updateSettings({ asrBackend: 'webgpu' });
    expect((await settings.loadSettings()).asrBackend).toBe('webgpu');
  });

  it('rejects an EHR site that is not a bare origin', () => {
    const site = { origin: 'https://ehr.example.org', noteFieldSelector: '#note' };
    expect(settings.ehrSiteSchema.safeParse(site).success).toBe(true);
    expect(
      settings.ehrSiteSchema.safeParse({ ...site, origin: 'https://ehr.example.org/chart' }).success,
    ).toBe(false);
    expect(settings.originPattern('https://ehr.example.org')).toBe('https://ehr.example.org/*');
  });

  it('keeps the sign-in in session storage and ignores an expired one', async () => {
    const user = {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'c@x.org',
      displayName: 'C',
      role: 'clinician' as const,
      active: true,
    };
    await session.authSessionItem.setValue({ token: 't', expiresAt: '2030-01-01T00:00:00.000Z', user });
    expect(await fakeBrowser.storage.session.get('auth')).toHaveProperty('auth');
    expect(await fakeBrowser.storage.local.get('auth')).toEqual({});
    expect((await session.currentSession(Date.parse('2029-12-31T00:00:00Z')))?.token).toBe('t');
    expect(await session.currentSession(Date.parse('2030-01-02T00:00:00Z'))).toBeNull();
  });
});
