import { browser } from 'wxt/browser';
import { loadSettings, originPattern } from '../storage/settings.js';

export const EHR_SCRIPT_ID = 'scribe-ehr';
export const EHR_SCRIPT_FILE = 'content-scripts/ehr.js';

/**
 * Registers the EHR content script only for configured EHR origins whose host permission the user
 * granted (optional_host_permissions), never for all sites.
 */
export async function syncEhrRegistration(): Promise<string[]> {
  const { ehrSites } = await loadSettings();
  const granted: string[] = [];
  for (const site of ehrSites) {
    const pattern = originPattern(site.origin);
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EHR_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [EHR_SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      {
        id: EHR_SCRIPT_ID,
        js: [EHR_SCRIPT_FILE],
        matches: granted,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
