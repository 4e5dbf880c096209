import { describe, expect, it } from 'vitest';
import type { OrgSettings } from '../../../shared/api/org-settings.js';
import { isNewOrgVersion, settingsFromOrg } from './org-settings-apply.js';
import { defaultSettings } from './settings-schema.js';

const org: OrgSettings = {
  modelId: 'whisper-tiny.en',
  precision: 'q8',
  backendPolicy: 'wasm',
  templateKey: 'progress',
  ehrSites: [
    {
      origin: 'https://ehr.example.org',
      label: 'Clinic',
      patientIdSelector: '#mrn',
      noteFieldSelector: '#note',
      insertMode: 'append',
      includeCodes: false,
    },
  ],
};

describe('organisation settings on a device', () => {
  it('set the model (from the Scribe server), precision, compute, template and EHR sites', () => {
    const device = {
      ...defaultSettings,
      modelSource: 'hub' as const,
      ehrSites: [
        {
          origin: 'https://ehr.example.org',
          label: 'old',
          patientIdSelector: '',
          noteFieldSelector: '#old',
          insertMode: 'replace' as const,
          includeCodes: false,
        },
        {
          origin: 'https://other.example.org',
          label: 'mine',
          patientIdSelector: '',
          noteFieldSelector: '#n',
          insertMode: 'append' as const,
          includeCodes: false,
        },
      ],
    };
    const patch = settingsFromOrg(device, org, 3);
    expect(patch).toMatchObject({
      modelId: 'whisper-tiny.en',
      modelSource: 'server',
      precision: 'q8',
      asrBackend: 'wasm',
      templateKey: 'progress',
      orgSettingsVersion: 3,
    });
    expect(patch.ehrSites?.map((s) => [s.origin, s.noteFieldSelector])).toEqual([
      ['https://ehr.example.org', '#note'],
      ['https://other.example.org', '#n'],
    ]);
  });

  it('apply each version once, so a clinician’s later change is not overwritten at every sign-in', () => {
    expect(isNewOrgVersion(defaultSettings, 0)).toBe(false);
    expect(isNewOrgVersion(defaultSettings, 1)).toBe(true);
    expect(isNewOrgVersion({ ...defaultSettings, orgSettingsVersion: 1 }, 1)).toBe(false);
    expect(isNewOrgVersion({ ...defaultSettings, orgSettingsVersion: 1 }, 2)).toBe(true);
  });
});
