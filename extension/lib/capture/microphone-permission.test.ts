import { describe, expect, it } from 'vitest';
import { microphoneAdvice, siteSettingsUrl } from './microphone.js';
import { microphonePermission } from './microphone-permission.js';

const permissions = (state: PermissionState | Error) => ({
  query: async () => {
    if (state instanceof Error) throw state;
    return { state } as PermissionStatus;
  },
});

describe('microphone permission before a recording starts', () => {
  it('reports what Chrome says, and unknown when it cannot say', async () => {
    expect(await microphonePermission(permissions('granted'))).toBe('granted');
    expect(await microphonePermission(permissions('denied'))).toBe('denied');
    expect(await microphonePermission(permissions('prompt'))).toBe('prompt');
    expect(await microphonePermission(permissions(new TypeError('no microphone permission name')))).toBe(
      'unknown',
    );
  });

  it('spells out the way to Chrome’s setting instead of pointing back at Scribe', () => {
    const advice = microphoneAdvice('microphone-denied');
    expect(advice).toContain('Site settings → Microphone');
    expect(advice).not.toContain('Allow microphone');
    expect(siteSettingsUrl('chrome-extension://abc/')).toBe(
      'chrome://settings/content/siteDetails?site=chrome-extension%3A%2F%2Fabc',
    );
  });
});
