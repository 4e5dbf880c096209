import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiLogin } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel, waitUntil } from './support/flows.js';
import { jfkWav } from './support/paths.js';
import { shot } from './support/screenshots.js';
import { startStack } from './support/stack.js';
import {
  clickScribeIconOn,
  grantMicrophone,
  speechThenSilenceWav,
  startDemoTelehealth,
  watchOffscreenAudio,
} from './support/telehealth.js';

type Row = { seq: number; startMs: number; endMs: number; sync: string | null; speaker: string | null };
const rows = (panel: Page): Promise<Row[]> =>
  panel.locator('[data-testid="live-segments"] li').evaluateAll((items) =>
    items.map((r) => ({
      seq: Number(r.getAttribute('data-seq')),
      startMs: Number(r.getAttribute('data-start-ms')),
      endMs: Number(r.getAttribute('data-end-ms')),
      sync: r.getAttribute('data-sync'),
      speaker: r.getAttribute('data-speaker'),
    })),
  );
/** Scrolls the live transcript to its newest line, for the screenshots. */
const showNewest = (panel: Page) =>
  panel.locator('[data-testid="live-segments"] li').last().scrollIntoViewIfNeeded();
const elapsedMs = async (panel: Page) => {
  const t = ((await panel.getByTestId('elapsed').textContent()) ?? '').match(/(\d\d):(\d\d)/);
  return t ? (Number(t[1]) * 60 + Number(t[2])) * 1000 : 0;
};

/**
 * The microphone (fake device) says the JFK clip (11 s) and is then silent until 30 s, in a loop.
 * The call tab's patient speaks a LibriSpeech utterance (13.3 s) once, started at 12 s of
 * recording, while the room is quiet; the call tab is then closed, and at 30 s the microphone
 * speaks again with no tab: 0–11 s clinician, ~12–25 s patient, after the tab ended: unknown.
 */
const MIC_SPEECH_END_MS = 11_000;
const MIC_PERIOD_S = 30;
const PATIENT_AT_MS = 12_000;

describe('telehealth mode in Chromium: the call tab is recorded with the microphone, speakers labelled by source', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let visit: Awaited<ReturnType<typeof startDemoTelehealth>>;
  let call: Page;
  let panel: Page;
  let token: string;
  let wavDir: string;
  let micGrant: CDPSession | undefined;

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack();
    visit = await startDemoTelehealth();
    wavDir = mkdtempSync(path.join(os.tmpdir(), 'scribe-telehealth-'));
    browser = await launchChromium(speechThenSilenceWav(jfkWav, MIC_PERIOD_S, wavDir), { tabCapture: true });
    micGrant = await grantMicrophone(browser.context);
    token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
    await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: stack.clinician.email,
      password: stack.clinician.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'auto',
    });
  });
  afterAll(async () => {
    await micGrant?.detach().catch(() => {});
    await browser?.close();
    await visit?.close();
    await stack?.close();
    if (wavDir) rmSync(wavDir, { recursive: true, force: true });
  });

  it('refuses a tab Scribe was not invoked on, with Chrome’s reason explained, and creates no encounter', async () => {
    call = await browser.context.newPage();
    await call.goto(visit.url);
    panel = await openSidePanel(browser.context);
    await panel.getByLabel('Patient identifier (MRN)').fill('TELE-0001');
    await panel.getByRole('checkbox', { name: 'Telehealth: also record the call in this tab' }).check();
    // The panel names the tab it will record (Chrome shows its title: the e2e build grants 127.0.0.1).
    await panel.getByTestId('telehealth-help').getByText('“Demo telehealth — video visit”').waitFor();
    await panel.getByRole('checkbox', { name: /attest that the patient consented/ }).check();
    await shot(panel, 'telehealth-consent');
    await panel.getByRole('button', { name: 'Start recording' }).click();
    // chrome.tabCapture.getMediaStreamId answered "Extension has not been invoked for the current
    // page (see activeTab permission). Chrome pages cannot be captured."
    await panel
      .getByRole('alert')
      .getByText(/Scribe may not record this tab yet/)
      .waitFor();
    expect(await panel.getByRole('alert').textContent()).toMatch(/click the Scribe icon in the toolbar/);
    await shot(panel, 'telehealth-tab-not-invoked');
    const list = await apiGet<{ encounters: unknown[] }>(stack.server.url, token, '/encounters');
    expect(list.encounters).toEqual([]);
  });

  it('records call and microphone after the icon click; segments are labelled by source and uploaded', async () => {
    // Create the recorder document now, so the Web Audio graphs it builds can be watched.
    await panel.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { offscreen: { createDocument(o: object): Promise<void> } };
        }
      ).chrome.offscreen.createDocument({
        url: '/offscreen.html',
        reasons: ['USER_MEDIA'],
        justification: 'e2e: watch the recorder',
      }),
    );
    const audio = await watchOffscreenAudio(browser.context);
    try {
      await clickScribeIconOn(browser.context, call);
      await panel.bringToFront();
      await panel.getByRole('button', { name: 'Start recording' }).click();
      await panel
        .getByTestId('capture-phase')
        .getByText('Recording', { exact: true })
        .waitFor({ timeout: 90_000 });
      expect(await panel.getByTestId('telehealth-status').textContent()).toContain('Microphone + call tab');

      // The clinician hears the patient: the tab's stream is played to the speakers.
      await waitUntil(
        'the call tab is played back to the speakers',
        async () => audio.tabPlayedToSpeakers(),
        10_000,
      );
      await waitUntil('the worklet has two inputs', async () => audio.workletInputs() >= 2, 10_000);

      await waitUntil('the room went quiet', async () => (await elapsedMs(panel)) >= PATIENT_AT_MS, 60_000);
      const patientFromMs = await elapsedMs(panel);
      const duration = await call.evaluate(() =>
        (globalThis as unknown as { patientSpeaks(): Promise<number> }).patientSpeaks(),
      );
      const patientToMs = patientFromMs + duration * 1000;
      await waitUntil(
        'the call tab meter moves',
        async () => Number(await panel.getByTestId('tab-level-meter').getAttribute('value')) > 0.05,
        10_000,
      );
      await waitUntil(
        'a patient line is shown',
        async () => (await rows(panel)).some((r) => r.speaker === 'patient'),
        60_000,
      );
      await showNewest(panel);
      await shot(panel, 'telehealth-recording-labelled');
      await waitUntil(
        'the patient finished',
        async () => (await elapsedMs(panel)) >= patientToMs + 1000,
        30_000,
      );

      // The call's tab is closed mid-recording: the microphone recording goes on, unlabelled.
      const tabEndedAtMs = await elapsedMs(panel);
      await call.close();
      await panel.getByTestId('tab-audio-ended').waitFor();
      expect(await panel.getByTestId('capture-phase').textContent()).toBe('Recording');
      await showNewest(panel);
      await shot(panel, 'telehealth-tab-closed');
      await waitUntil(
        'the microphone spoke again after the tab ended',
        async () => (await elapsedMs(panel)) >= MIC_PERIOD_S * 1000 + 6000,
        30_000,
      );
      await panel.getByRole('button', { name: 'Stop' }).click();
      // Stop drafts the note once every segment is on the server, and opens it: the labels are
      // checked on what the server holds.
      await panel.getByTestId('note-review').waitFor({ timeout: 120_000 });
      await shot(panel, 'telehealth-done');

      // The server has every segment with its speaker, and the encounter says what was captured.
      const { encounters } = await apiGet<{
        encounters: Array<{ id: string; audioSources: string[] | null }>;
      }>(stack.server.url, token, '/encounters');
      expect(encounters).toHaveLength(1);
      expect(encounters[0]!.audioSources).toEqual(['microphone', 'tab']);
      const local = (
        await apiGet<{ segments: Array<{ seq: number; startMs: number; endMs: number; speaker: string }> }>(
          stack.server.url,
          token,
          `/encounters/${encounters[0]!.id}/segments`,
        )
      ).segments;
      expect(local.map((s) => s.seq)).toEqual(local.map((_, i) => i));
      const clinicianPart = local.filter((r) => r.endMs <= MIC_SPEECH_END_MS + 500);
      const patientPart = local.filter(
        (r) => r.startMs >= patientFromMs - 500 && r.endMs <= patientToMs + 1000,
      );
      const afterTab = local.filter((r) => r.startMs >= tabEndedAtMs + 1000);
      const summary = JSON.stringify({ patientFromMs, patientToMs, tabEndedAtMs, local });
      if (process.env.SCRIBE_E2E_VERBOSE) console.log(summary, audio.describe());
      // Each part has its lines, labelled with the side that spoke, and never the other side.
      expect(
        clinicianPart.some((r) => r.speaker === 'clinician'),
        summary,
      ).toBe(true);
      expect(
        clinicianPart.every((r) => r.speaker !== 'patient'),
        summary,
      ).toBe(true);
      expect(
        patientPart.some((r) => r.speaker === 'patient'),
        summary,
      ).toBe(true);
      expect(
        patientPart.every((r) => r.speaker !== 'clinician'),
        summary,
      ).toBe(true);
      // Microphone only after the tab closed: two people might share it, so no guess.
      expect(afterTab.length, summary).toBeGreaterThan(0);
      expect(
        afterTab.every((r) => r.speaker === 'unknown'),
        summary,
      ).toBe(true);
    } finally {
      await audio.close();
    }
  });
});
