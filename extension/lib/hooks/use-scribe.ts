import { useMemo } from 'react';
import { createScribeApi, type ScribeApi } from '../api/scribe-api.js';
import { type AuthSession, authSessionItem } from '../storage/session.js';
import { defaultSettings, type Settings, settingsItem, settingsSchema } from '../storage/settings.js';
import { useStorageItem } from './use-storage-item.js';

export interface ScribeContext {
  loaded: boolean;
  session: AuthSession | null;
  settings: Settings;
  /** Signed-in API client; null when signed out. */
  api: ScribeApi | null;
}

/** Session, settings and an API client bound to both, live across contexts. */
export function useScribe(): ScribeContext {
  const rawSession = useStorageItem(authSessionItem);
  const rawSettings = useStorageItem(settingsItem);
  const settings = useMemo(() => {
    const parsed = settingsSchema.safeParse({ ...defaultSettings, ...rawSettings });
    return parsed.success ? parsed.data : defaultSettings;
  }, [rawSettings]);
  const session = rawSession && Date.parse(rawSession.expiresAt) > Date.now() ? rawSession : null;
  const api = useMemo(
    () => (session ? createScribeApi(settings.serverUrl, session.token) : null),
    [session, settings.serverUrl],
  );
  return { loaded: rawSession !== undefined && rawSettings !== undefined, session, settings, api };
}
