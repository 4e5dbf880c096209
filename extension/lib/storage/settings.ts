import { storage } from 'wxt/utils/storage';
import { defaultSettings, type Settings, settingsSchema } from './settings-schema.js';

export {
  defaultSettings,
  type EhrSite,
  ehrSiteSchema,
  originPattern,
  type Settings,
  settingsSchema,
} from './settings-schema.js';

/** Device settings (not secret): storage.local, readable by every extension context. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings });

/** Settings as stored, repaired to the schema (an older or hand-edited value never crashes a page). */
export async function loadSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse({ ...defaultSettings, ...(await settingsItem.getValue()) });
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

let updating: Promise<unknown> = Promise.resolve();

/** Merges a change into the latest stored settings (never into a stale copy held by a page). */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  // Serialised: two quick changes on one page must not both start from the same old value.
  const next = updating.then(async () => saveSettings({ ...(await loadSettings()), ...patch }));
  updating = next.catch(() => defaultSettings);
  return next;
}
