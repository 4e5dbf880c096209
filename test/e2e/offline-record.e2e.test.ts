import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiLogin } from './support/api.js';
import { seriousA11yViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import {
  configureExtension,
  LOADED_MACHINE_TEST_MS,
  liveSegments,
  openSidePanel,
  shown,
  untilDraftedNoteOpens,
  untilRecording,
  whileRecordingMoves,
} from './support/flows.js';
import { stepsBuildOnEachOther } from './support/journey.js';
import { extensionOrigin, jfkWav } from './support/paths.js';
import { shotAtPanelWidths } from './support/screens.js';
import { startStack } from './support/stack.js';

type Encounter = { id: string; patient: { mrn: string }; startedAt: string };

/**
 * Sets the extension's microphone permission the way a clinician's choice in Chrome would. Chrome
 * drops a DevTools permission override when its session detaches: one browser session stays open.
 */
let permissionSession: CDPSession | undefined;
async function setMicrophone(page: Page, setting: 'granted' | 'denied') {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser behind this context');
  permissionSession ??= await browser.newBrowserCDPSession();
  await permissionSession.send('Browser.setPermission', {
    permission: { name: 'microphone' },
    setting,
    origin: extensionOrigin,
  });
}

async function consent(panel: Page, mrn: string) {
  await panel.getByLabel('Patient identifier (MRN)').fill(mrn);
  await panel.getByRole('checkbox', { name: /attest that the patient consented/ }).check();
}

describe('offline-first recording in Chromium: microphone first, Start with the server down, draft on Stop, sync', () => {
  stepsBuildOnEachOther();
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let panel: Page;
  let token: string;
  const encounters = async () =>
    (await apiGet<{ encounters: Encounter[] }>(stack.server.url, token, '/encounters')).encounters;

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack();
    browser = await launchChromium(jfkWav);
    token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
    await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: stack.clinician.email,
      password: stack.clinician.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'wasm',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('checks the microphone before creating anything, says how to allow it, and starts on Try again', {
    timeout: LOADED_MACHINE_TEST_MS,
  }, async () => {
    panel = await openSidePanel(browser.context);
    await setMicrophone(panel, 'denied');
    await consent(panel, 'E2E-MIC-1');
    await panel.getByRole('button', { name: 'Start recording' }).click();
    const help = panel.getByTestId('microphone-help');
    await help.getByText('Chrome is blocking the microphone for Scribe.').waitFor();
    expect(await help.textContent()).toContain('Site settings → Microphone');
    expect(await help.textContent()).toContain('no consultation was created');
    await shotAtPanelWidths(panel, 'record-microphone-blocked');
    expect(await encounters()).toEqual([]);
    expect(await panel.getByTestId('capture-phase').count()).toBe(0);

    await setMicrophone(panel, 'granted');
    await help.getByRole('button', { name: 'Try again' }).click();
    await untilRecording(panel);
    expect(await panel.getByTestId('microphone-help').count()).toBe(0);
  });

  it('drafts the note on the server when Stop is pressed and opens it for review', {
    timeout: LOADED_MACHINE_TEST_MS,
  }, async () => {
    await whileRecordingMoves(panel, 'two segments are on the server', async () => {
      const rows = await liveSegments(panel);
      return rows.filter((s) => s.sync === 'synced').length >= 2;
    });
    // No engine jargon on the recording view: details sit in one line; no "Speaker ?" chips.
    expect(await panel.getByText('Speaker ?').count()).toBe(0);
    expect(await panel.getByTestId('asr-status').textContent()).toMatch(/^Details: /);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotAtPanelWidths(panel, 'record-recording');
    await panel.getByRole('button', { name: 'Stop' }).click();
    // Stop finishes the transcription backlog, uploads it, then drafts: wait on those events.
    await untilDraftedNoteOpens(panel);
    const [encounter] = await encounters();
    const notes = await apiGet<{ notes: Array<{ id: string; version: number }> }>(
      stack.server.url,
      token,
      `/encounters/${encounter!.id}/notes`,
    );
    expect(notes.notes).toHaveLength(1);
    expect(encounter!.patient.mrn).toBe('E2E-MIC-1');
  });

  it('starts, records and drafts with the server down, says what is kept where, and syncs when it is back', {
    timeout: LOADED_MACHINE_TEST_MS,
  }, async () => {
    await panel.getByRole('button', { name: '← Back' }).click();
    await panel.getByRole('tab', { name: 'Record' }).click();
    stack.proxy.setOffline(true);
    await consent(panel, 'E2E-OFFLINE-1');
    await panel.getByRole('button', { name: 'Start recording' }).click();
    await untilRecording(panel, 'the recording starts with the server down');
    await panel
      .getByTestId('sync-line')
      .getByText(/cannot be reached yet/)
      .waitFor();
    await whileRecordingMoves(panel, 'two segments are kept on this computer', async () => {
      const rows = await liveSegments(panel);
      return rows.length >= 2 && rows.every((s) => s.sync === 'pending');
    });
    await shotAtPanelWidths(panel, 'record-offline');
    const localId = await panel.evaluate(async () => {
      const chromeApi = (
        globalThis as unknown as {
          chrome: {
            storage: { local: { get(k: string): Promise<Record<string, { encounterId: string }>> } };
          };
        }
      ).chrome;
      return (await chromeApi.storage.local.get('activeEncounter')).activeEncounter!.encounterId;
    });
    await panel.getByRole('button', { name: 'Stop' }).click();
    const draft = panel.getByTestId('device-draft');
    await whileRecordingMoves(panel, 'the note is drafted on this computer', shown(draft));
    expect(await panel.getByTestId('device-draft-state').textContent()).toBe('Waiting to sync');
    expect(await draft.textContent()).toContain('kept on this computer');
    expect(await panel.getByTestId('device-draft-note').locator('h3').count()).toBeGreaterThanOrEqual(4);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotAtPanelWidths(panel, 'record-device-draft');
    const local = await liveSegments(panel);
    expect((await encounters()).map((e) => e.id)).not.toContain(localId);

    stack.proxy.setOffline(false);
    await draft.getByRole('button', { name: 'Retry now' }).click();
    await whileRecordingMoves(
      panel,
      'the device draft is on the server',
      async () => (await panel.getByTestId('device-draft-state').textContent()) === 'On the server',
    );
    await shotAtPanelWidths(panel, 'record-device-draft-synced');
    const synced = (await encounters()).find((e) => e.id === localId);
    expect(synced?.patient.mrn).toBe('E2E-OFFLINE-1');
    const remote = await apiGet<{ segments: Array<{ seq: number }> }>(
      stack.server.url,
      token,
      `/encounters/${localId}/segments`,
    );
    expect(remote.segments.map((s) => s.seq)).toEqual(local.map((s) => s.seq));
    const notes = await apiGet<{ notes: Array<{ id: string; version: number }> }>(
      stack.server.url,
      token,
      `/encounters/${localId}/notes`,
    );
    expect(notes.notes).toHaveLength(1);
    expect(notes.notes[0]!.version).toBe(1);
    await draft.getByRole('button', { name: 'Review and sign' }).click();
    await panel.getByTestId('note-review').waitFor();
  });
});
