import { browser } from 'wxt/browser';
import { findCallTab } from '../../lib/capture/call-tab.js';
import { captureRequest } from '../../lib/capture/capture-request.js';
import { tabAudioAdvice, tabAudioResultSchema } from '../../lib/capture/tab-audio.js';
import type { LocalEncounter } from '../../lib/db/local-encounters.js';
import { ScribeDb } from '../../lib/db/scribe-db.js';
import { captureStateSchema } from '../../lib/messages/capture-state.js';
import { activeEncounterItem } from '../../lib/storage/active-encounter.js';
import type { Settings } from '../../lib/storage/settings.js';
import type { ConsentInput } from './ConsentForm.js';

/** Telehealth: has the recorder open the call tab's audio; a sentence for the clinician if it cannot. */
async function openCallTab(): Promise<string | null> {
  const tab = await findCallTab().catch(() => undefined);
  if (!tab) return tabAudioAdvice('tab-missing');
  const answer = tabAudioResultSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'capture.tab-open', tabId: tab.id }).catch(() => undefined),
  );
  if (!answer.success) return tabAudioAdvice('tab-failed');
  return answer.data.ok ? null : answer.data.message;
}

/** The encounter as this device creates it first (the server gets the same id and request on sync). */
export function localEncounterFor(input: ConsentInput, id: string, now: Date): LocalEncounter {
  return {
    id,
    sync: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    createdAtMs: now.getTime(),
    request: {
      id,
      patient: { mrn: input.mrn, ...(input.displayName ? { displayName: input.displayName } : {}) },
      consent: { attested: true, method: input.method, attestedAt: input.attestedAt },
      audioSources: input.telehealth ? ['microphone', 'tab'] : ['microphone'],
      startedAt: now.toISOString(),
    },
  };
}

/**
 * Starts a consultation without waiting for the server: the encounter is stored on this device, the
 * recorder starts, and the service worker creates it on the server (now, or when it is reachable).
 * Returns a sentence for the clinician when something stopped it, else null.
 */
export async function startEncounter(input: ConsentInput, settings: Settings): Promise<string | null> {
  // Telehealth: open the call tab's audio before anything exists, so a tab that cannot be recorded
  // stops nothing but itself (the clinician can start with the microphone only).
  if (input.telehealth) {
    const problem = await openCallTab();
    if (problem) return problem;
  }
  const now = new Date();
  const local = localEncounterFor(input, crypto.randomUUID(), now);
  const db = await ScribeDb.open();
  try {
    await db.encounters().put(local);
  } finally {
    db.close();
  }
  await activeEncounterItem.setValue({ encounterId: local.id, mrn: input.mrn, startedAt: now.toISOString() });
  void browser.runtime.sendMessage({ type: 'uploads.kick' }).catch(() => {});
  const answer: unknown = await browser.runtime.sendMessage({
    type: 'capture.start',
    start: { ...captureRequest(settings, local.id), tabAudio: input.telehealth },
  });
  if (!captureStateSchema.safeParse(answer).success)
    return 'The recorder could not be started. Close and reopen Scribe, then try again.';
  return null;
}
