import { browser } from 'wxt/browser';
import type { OrgSettingsResponse } from '../../../shared/api/org-settings.js';
import { isNewOrgVersion, settingsFromOrg } from './org-settings-apply.js';
import { loadSettings, updateSettings } from './settings.js';

/**
 * Fetches the organisation's defaults and applies a version this device has not applied yet (at
 * sign-in and when the side panel opens). Returns the version applied, or null when there was none.
 */
export async function syncOrgSettings(api: {
  orgSettings(): Promise<OrgSettingsResponse>;
}): Promise<number | null> {
  const org = await api.orgSettings();
  const current = await loadSettings();
  if (!org.settings || !isNewOrgVersion(current, org.version)) return null;
  await updateSettings(settingsFromOrg(current, org.settings, org.version));
  // EHR sites already allowed get their content script now; new ones ask on the EHR sites tab.
  await browser.runtime.sendMessage({ type: 'ehr.sync-registration' }).catch(() => {});
  return org.version;
}
