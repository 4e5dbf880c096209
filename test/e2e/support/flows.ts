import type { BrowserContext, Locator, Page } from 'playwright-core';
import { extensionOrigin } from './paths.js';

/** Options page: server address, sign-in, speech model, and one EHR site. */
export async function configureExtension(
  context: BrowserContext,
  o: {
    serverUrl: string;
    email: string;
    password: string;
    ehrOrigin: string;
    backend: keyof typeof backendLabels;
    /** The EHR site's insert mode (default: the form's, append). */
    insertMode?: 'append' | 'replace' | 'cursor';
  },
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${extensionOrigin}/options.html`);
  await page.getByLabel('Server address').fill(o.serverUrl);
  await page.getByRole('button', { name: 'Save server' }).click();
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.getByLabel('Email').fill(o.email);
  await page.getByLabel('Password').fill(o.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();

  await page.getByRole('tab', { name: 'Speech model' }).click();
  await page.getByRole('combobox').first().selectOption('test-model');
  await setBackend(page, o.backend);

  await page.getByRole('tab', { name: 'EHR sites' }).click();
  await page.getByLabel('EHR address').fill(o.ehrOrigin);
  await page.getByLabel('Name (optional)').fill('Demo EHR');
  await page.getByLabel('Patient identifier element (CSS selector)').fill('#patient-mrn');
  await page.getByLabel('Note field (CSS selector)').fill('#note-field');
  if (o.insertMode) await page.getByLabel('Insert the note').selectOption(o.insertMode);
  await page.getByRole('button', { name: 'Add site and allow access' }).click();
  await page.getByRole('cell', { name: '#note-field' }).waitFor();
  return page;
}

/** The compute setting's radio labels on the options page's Speech model tab. */
const backendLabels = {
  auto: 'Automatic (graphics card when available)',
  webgpu: 'Graphics card (WebGPU)',
  wasm: 'Processor only (WASM)',
} as const;

/** Options page (Speech model tab open): picks the compute backend and waits until it is stored. */
export async function setBackend(options: Page, backend: keyof typeof backendLabels): Promise<void> {
  // Compute is an engine detail: it sits under Advanced, closed by default.
  const advanced = options.locator('details.advanced');
  if ((await advanced.count()) > 0 && !(await advanced.evaluate((d) => (d as HTMLDetailsElement).open)))
    await advanced.locator('summary').click();
  // Settings are saved to storage and the radio follows the stored value: wait for it, not for the click.
  const radio = options.getByLabel(backendLabels[backend]);
  await radio.click();
  await waitUntil('the backend setting is stored', () => radio.isChecked());
}

export async function openSidePanel(context: BrowserContext): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`${extensionOrigin}/sidepanel.html`);
  return panel;
}

/** Segment rows of the live transcript: seq, times and sync state. */
export async function liveSegments(panel: Page) {
  return panel.locator('[data-testid="live-segments"] li').evaluateAll((rows) =>
    rows.map((r) => ({
      seq: Number(r.getAttribute('data-seq')),
      startMs: Number(r.getAttribute('data-start-ms')),
      endMs: Number(r.getAttribute('data-end-ms')),
      sync: r.getAttribute('data-sync'),
    })),
  );
}

/**
 * The recording time the panel shows (the recorder's own count of samples taken in, as h:mm:ss or
 * mm:ss), in ms. Compare it with `>=`: a loaded panel can skip any given second.
 */
export async function shownElapsedMs(panel: Page): Promise<number> {
  const text = (await panel.getByTestId('elapsed').textContent()) ?? '';
  const clock = text.match(/(?:(\d+):)?(\d\d):(\d\d)/);
  if (!clock) throw new Error(`the elapsed time reads “${text}”, not a clock`);
  const [, h = '0', m, s] = clock;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}

/** Waits (polling) until `check` returns true, failing with `what` after `timeoutMs`. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting until ${what} (${Math.round(timeoutMs / 1000)} s)`);
}

/**
 * Waits until `check` holds for as long as the work keeps moving: each change of `progress` restarts
 * the `stallMs` limit. On a loaded machine transcription and syncing lag the recording by minutes
 * but keep producing events (a phase, a line, a sync state); only a wait that sees none for `stallMs`
 * is a hang. `maxMs` still bounds the whole wait.
 */
export async function waitWhileProgressing(
  what: string,
  check: () => Promise<boolean>,
  progress: () => Promise<string>,
  { stallMs = 90_000, maxMs = 600_000 }: { stallMs?: number; maxMs?: number } = {},
): Promise<void> {
  const started = Date.now();
  let last = await progress();
  let changedAt = started;
  for (;;) {
    if (await check()) return;
    const now = Date.now();
    const seen = await progress();
    if (seen !== last) {
      last = seen;
      changedAt = now;
    }
    if (now - changedAt > stallMs)
      throw new Error(`timed out waiting until ${what}: nothing changed for ${stallMs} ms (last: ${last})`);
    if (now - started > maxMs) throw new Error(`timed out waiting until ${what} after ${maxMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * What the side panel shows of a recording's progress, without its clock: the capture phase, the
 * model download, each transcript line with its sync state, the device draft's state, and whether a
 * note is open. Any change is an event of the recording moving on.
 */
export async function recordingProgress(panel: Page): Promise<string> {
  // One read that never waits: a count-then-read could wait 20 s for an element the panel removed
  // in between (the recording view gives way to the review when the draft opens).
  const text = (testId: string) =>
    panel.getByTestId(testId).evaluateAll((els) => els[0]?.textContent ?? null);
  return JSON.stringify({
    phase: await text('capture-phase'),
    model: await panel.locator('progress').evaluateAll((ps) => ps.map((p) => p.getAttribute('value'))),
    lines: (await liveSegments(panel)).map((s) => `${s.seq}:${s.sync}`),
    deviceDraft: await text('device-draft-state'),
    drafting: await panel.getByTestId('auto-drafting').count(),
    review: await panel.getByTestId('note-review').count(),
  });
}

/** Shown now: waiting on it is waiting on the panel's event, not on a clock. */
export const shown = (locator: Locator) => async () => (await locator.count()) > 0;

/**
 * Until `check` holds while the recording moves on (phase, lines, sync states, drafts): on a loaded
 * machine transcription lags by minutes, so the limit is on a stall, not on the total time.
 */
export const whileRecordingMoves = (
  panel: Page,
  what: string,
  check: () => Promise<boolean>,
  stallMs?: number,
) => waitWhileProgressing(what, check, () => recordingProgress(panel), stallMs ? { stallMs } : {});

/**
 * Until the panel shows the recording under way. Loading the speech model shows no progress once it
 * is cached: a longer quiet spell is allowed than for other steps.
 */
export const untilRecording = (panel: Page, what = 'the recording starts') =>
  whileRecordingMoves(
    panel,
    what,
    shown(panel.getByTestId('capture-phase').getByText('Recording', { exact: true })),
    180_000,
  );

/**
 * After Stop, until the note drafted on the server opens. Once the last line is on the server the
 * panel shows "Drafting the note…" and waits on one draft request: nothing on it changes until the
 * server answers, which a loaded server does minutes late (at 50 connections beside the tests,
 * bench:load's drafts ran past 10 s each). The limit on a stall is longer for that one request.
 */
export const untilDraftedNoteOpens = (panel: Page) =>
  whileRecordingMoves(panel, 'the drafted note opens', shown(panel.getByTestId('note-review')), 300_000);

/** A test whose steps wait on the recorder's events however long a loaded machine takes. */
export const LOADED_MACHINE_TEST_MS = 900_000;

/** Options page: sign out whoever is signed in, then sign in as someone else. */
export async function switchUser(options: Page, email: string, password: string): Promise<void> {
  await options.getByRole('tab', { name: 'Server & sign-in' }).click();
  await options.getByRole('button', { name: 'Sign out' }).click();
  await options.getByLabel('Email').fill(email);
  await options.getByLabel('Password').fill(password);
  await options.getByRole('button', { name: 'Sign in' }).click();
  await options.getByTestId('signed-in-as').getByText(email).waitFor();
}

/**
 * Stops the extension's service worker the way Chrome does when it idles (DevTools protocol), and
 * proves it: a marker set in the old instance is gone from the instance that answers afterwards.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const marked = page.context().serviceWorkers();
  if (marked.length === 0) throw new Error('no running service worker to stop');
  for (const w of marked) await w.evaluate(() => Object.assign(globalThis, { __e2eMarker: true }));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
  await waitUntil('the service worker restarted without its old state', async () => {
    const now = page.context().serviceWorkers();
    const markers = await Promise.all(
      now.map((w) => w.evaluate(() => '__e2eMarker' in globalThis).catch(() => true)),
    );
    return now.length > 0 && markers.every((m) => !m);
  });
}
