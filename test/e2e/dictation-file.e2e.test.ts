import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiLogin } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel, waitUntil } from './support/flows.js';
import { HUB_TEST_REPO, startModelHub } from './support/model-hub.js';
import { nodeTokensForWav } from './support/node-reference.js';
import { extensionOrigin, jfkWav } from './support/paths.js';
import { shot } from './support/screenshots.js';
import { startStack } from './support/stack.js';

describe('dictation file in Chromium: on-device transcription equals the Node engine (WASM)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let hub: Awaited<ReturnType<typeof startModelHub>>;

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack();
    hub = await startModelHub();
    browser = await launchChromium(jfkWav);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await stack?.close();
  });

  it('transcribes jfk.wav to the same tokens as Node, then attaches it to a new encounter', async () => {
    const expected = await nodeTokensForWav(jfkWav, 'en');
    expect(expected.length).toBeGreaterThan(0);
    await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: stack.clinician.email,
      password: stack.clinician.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'wasm',
    });
    const panel = await openSidePanel(browser.context);
    await panel.getByRole('tab', { name: 'Dictation file' }).click();
    await panel.getByTestId('dictation-file').setInputFiles(jfkWav);
    await panel.getByTestId('file-result').waitFor({ timeout: 120_000 });
    expect(await panel.getByTestId('file-backend').textContent()).toContain('WASM');
    const browserTokens = await panel
      .locator('[data-testid="file-result"] li')
      .evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-tokens') ?? '').split(' ').map(Number)));
    expect(browserTokens).toEqual(expected);
    await shot(panel, 'dictation-file');

    await panel.getByLabel('Patient identifier (MRN)').fill('E2E-FILE-1');
    await panel.getByRole('checkbox', { name: /attest that the patient consented/ }).check();
    await panel.getByRole('button', { name: 'Create encounter with this transcript' }).click();
    await panel.getByText('Attached to a new encounter').waitFor();
    const token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
    const { encounters } = await apiGet<{ encounters: Array<{ id: string }> }>(
      stack.server.url,
      token,
      '/encounters',
    );
    await waitUntil('the dictation transcript is on the server', async () => {
      const { segments } = await apiGet<{ segments: unknown[] }>(
        stack.server.url,
        token,
        `/encounters/${encounters[0]!.id}/segments`,
      );
      return segments.length === expected.length;
    });
  });

  it('downloads the model from a Hugging Face hub mirror instead of the server, with the same tokens', async () => {
    const expected = await nodeTokensForWav(jfkWav, 'en');
    // Signed in, test model on WASM from the first test: only the model's source changes.
    const options = await browser.context.newPage();
    await options.goto(`${extensionOrigin}/options.html`);
    await options.getByRole('tab', { name: 'Speech model' }).click();
    // Where the model downloads from is an engine detail: under Advanced.
    await options.locator('details.advanced summary').click();
    await options.getByRole('radio', { name: /Hugging Face hub/ }).click();
    // The test model has no hub repository of its own: the form asks for one.
    await options.getByText('Enter the model repository.').waitFor();
    await options.getByLabel('Hub address').fill(hub.url);
    await options.getByLabel('Model repository').fill(HUB_TEST_REPO);
    await options.getByRole('button', { name: 'Use the hub' }).click();
    await options.getByText('Saved', { exact: true }).waitFor();
    await shot(options, 'options-model-hub');

    const panel = await openSidePanel(browser.context);
    await panel.getByRole('tab', { name: 'Dictation file' }).click();
    await panel.getByTestId('dictation-file').setInputFiles(jfkWav);
    await panel.getByTestId('file-result').waitFor({ timeout: 120_000 });
    const browserTokens = await panel
      .locator('[data-testid="file-result"] li')
      .evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-tokens') ?? '').split(' ').map(Number)));
    expect(browserTokens).toEqual(expected);
    // The weights came through the hub's resolve URL and its redirect, not from the Scribe server.
    expect(hub.requests).toContain(`/${HUB_TEST_REPO}/resolve/main/config.json`);
    expect(hub.requests).toContain(`/${HUB_TEST_REPO}/resolve/main/onnx/encoder_model.onnx`);
    expect(hub.requests).toContain('/cdn/onnx/encoder_model.onnx');
  });
});
