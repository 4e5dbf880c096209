import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSpeakerRule } from '../../extension/lib/capture/speaker-by-source.js';
import { apiGet, apiLogin } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import {
  configureExtension,
  LOADED_MACHINE_TEST_MS,
  openSidePanel,
  untilDraftedNoteOpens,
  waitUntil,
  whileRecordingMoves,
} from './support/flows.js';
import { stepsBuildOnEachOther } from './support/journey.js';
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

/** What the recorder said in one `capture.state` broadcast: positions on its own audio timeline. */
type RecorderState = { elapsedMs: number; tabLevel: number; tabAudio: string; phase: string };
type StateLog = { __recorderStates?: RecorderState[] };
/**
 * Keeps every state the recorder broadcasts, in the panel. Their `elapsedMs` counts the samples the
 * recorder has taken in, the timeline segments are timed on: when the tab's voice arrived and when
 * the tab ended are read from the recorder's own events, not guessed from the test's clock (under
 * load the panel's timer lags the recorder by seconds).
 */
const logRecorderStates = (panel: Page) =>
  panel.evaluate(() => {
    const g = globalThis as unknown as StateLog & {
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => boolean): void } } };
    };
    g.__recorderStates = [];
    g.chrome.runtime.onMessage.addListener((m) => {
      const message = m as { type?: string; state?: RecorderState };
      if (message.type === 'capture.state' && message.state) {
        const { elapsedMs, tabLevel, tabAudio, phase } = message.state;
        g.__recorderStates!.push({ elapsedMs, tabLevel, tabAudio, phase });
      }
      return false;
    });
  });
const recorderStates = (panel: Page): Promise<RecorderState[]> =>
  panel.evaluate(() => (globalThis as unknown as StateLog).__recorderStates ?? []);
/** The call tab is speaking above this RMS: the speaker rule's silence floor (about -50 dBFS). */
const TAB_SPEAKING = defaultSpeakerRule.silenceRms;

/**
 * The microphone (fake device) says the JFK clip (11 s) and is then silent until 45 s, in a loop.
 * The call tab's patient speaks a LibriSpeech utterance (13.3 s) once, asked for at 12 s of
 * recording while the room is quiet (the long silence leaves room for a late start under load); the
 * call tab is then closed, and the microphone speaks again with no tab: clinician first, then the
 * patient, then (after the tab ended) unknown. Every position asserted on comes from the recorder's
 * broadcasts or from the segments; the test waits on events (a line shown, the call's audio ended,
 * the tab reported ended), never on the wall clock.
 */
const MIC_PERIOD_S = 45;
const PATIENT_AT_MS = 12_000;

describe('telehealth mode in Chromium: the call tab is recorded with the microphone, speakers labelled by source', () => {
  stepsBuildOnEachOther();
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

  it('records call and microphone after the icon click; segments are labelled by source and uploaded', {
    timeout: LOADED_MACHINE_TEST_MS,
  }, async () => {
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
    await logRecorderStates(panel);
    const states = () => recorderStates(panel);
    try {
      await clickScribeIconOn(browser.context, call);
      await panel.bringToFront();
      await panel.getByRole('button', { name: 'Start recording' }).click();
      await panel
        .getByTestId('capture-phase')
        .getByText('Recording', { exact: true })
        .waitFor({ timeout: 180_000 });
      expect(await panel.getByTestId('telehealth-status').textContent()).toContain('Microphone + call tab');

      // The clinician hears the patient: the tab's stream is played to the speakers.
      await waitUntil(
        'the call tab is played back to the speakers',
        async () => audio.tabPlayedToSpeakers(),
        120_000,
      );
      await waitUntil('the worklet has two inputs', async () => audio.workletInputs() >= 2, 120_000);

      await waitUntil(
        'the recorder has taken in the clinician’s speech',
        async () => ((await states()).at(-1)?.elapsedMs ?? 0) >= PATIENT_AT_MS,
        180_000,
      );
      await call.evaluate(() =>
        (globalThis as unknown as { patientSpeaks(): Promise<number> }).patientSpeaks(),
      );
      await waitUntil(
        'the recorder hears the call tab',
        async () => (await states()).some((st) => st.tabLevel > TAB_SPEAKING),
        120_000,
      );
      await waitUntil(
        'the call tab meter moves',
        async () => Number(await panel.getByTestId('tab-level-meter').getAttribute('value')) > 0.05,
        120_000,
      );
      // Transcription lags the recording by minutes on a loaded machine: the limit is on a stall.
      await whileRecordingMoves(panel, 'a patient line is shown', async () =>
        (await rows(panel)).some((r) => r.speaker === 'patient'),
      );
      await showNewest(panel);
      await shot(panel, 'telehealth-recording-labelled');
      // The call's audio element reports the end of the patient's speech; the recorder then takes in
      // another second of the quiet call, so the patient's last words are in before the tab goes.
      await call.locator('#status').getByText('ended', { exact: true }).waitFor({ timeout: 180_000 });
      const lastLoudMs = async () =>
        (await states()).filter((st) => st.tabLevel > TAB_SPEAKING).at(-1)?.elapsedMs ?? 0;
      const quietFromMs = (await lastLoudMs()) + 1000;
      await waitUntil(
        'the recorder took in the quiet call',
        async () => ((await states()).at(-1)?.elapsedMs ?? 0) >= quietFromMs,
        120_000,
      );

      // The call's tab is closed mid-recording: the microphone recording goes on, unlabelled.
      await call.close();
      await panel.getByTestId('tab-audio-ended').waitFor();
      expect(await panel.getByTestId('capture-phase').textContent()).toBe('Recording');
      await showNewest(panel);
      await shot(panel, 'telehealth-tab-closed');
      // Where the recorder's timeline was when it stopped taking the tab: every chunk after it is
      // microphone-only, whatever the test's clock said when it closed the tab.
      const recorded = await states();
      const tabEndedAtMs = recorded.find((st) => st.tabAudio === 'ended')?.elapsedMs;
      expect(tabEndedAtMs, 'the recorder broadcast the tab’s end').toBeDefined();
      const loud = recorded.filter((st) => st.tabAudio === 'on' && st.tabLevel > TAB_SPEAKING);
      const patientFromMs = loud[0]!.elapsedMs;
      const patientToMs = loud.at(-1)!.elapsedMs;
      await whileRecordingMoves(
        panel,
        'the microphone spoke again after the tab ended (a line starting after it is shown)',
        async () => (await rows(panel)).some((r) => r.startMs >= tabEndedAtMs!),
        // No new line for up to one microphone period of silence, plus its transcription.
        (MIC_PERIOD_S + 60) * 1000,
      );
      await panel.getByRole('button', { name: 'Stop' }).click();
      // Stop drafts the note once every segment is on the server, and opens it: the labels are
      // checked on what the server holds.
      // On a loaded machine the transcription backlog is finished first: wait for it, not a clock.
      await untilDraftedNoteOpens(panel);
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
      // Ordering on the recorder's timeline: before the call spoke, while it spoke, after it ended.
      const clinicianPart = local.filter((r) => r.endMs <= patientFromMs - 500);
      const patientPart = local.filter(
        (r) => r.startMs >= patientFromMs - 1000 && r.endMs <= patientToMs + 1000,
      );
      const afterTab = local.filter((r) => r.startMs >= tabEndedAtMs!);
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
