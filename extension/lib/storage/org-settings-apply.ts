import type { EhrSite, OrgSettings } from '../../../shared/api/org-settings.js';
import type { Settings } from './settings-schema.js';

/**
 * The device settings the organisation's defaults set: speech model (from the Scribe server), its
 * precision, the compute policy, the default template and the EHR sites (the organisation's replace
 * the device's for the same address; the device's other sites stay).
 */
export function settingsFromOrg(current: Settings, org: OrgSettings, version: number): Partial<Settings> {
  const orgOrigins = new Set(org.ehrSites.map((s) => s.origin));
  const ehrSites: EhrSite[] = [...org.ehrSites, ...current.ehrSites.filter((s) => !orgOrigins.has(s.origin))];
  return {
    modelId: org.modelId,
    modelSource: 'server',
    precision: org.precision,
    asrBackend: org.backendPolicy,
    templateKey: org.templateKey,
    ehrSites: ehrSites.slice(0, 20),
    orgSettingsVersion: version,
  };
}

/** A version the device has not applied yet (a device's own later changes survive until the next one). */
export const isNewOrgVersion = (current: Settings, version: number) =>
  version > 0 && version !== current.orgSettingsVersion;
