import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel } from './support/flows.js';
import { stepsBuildOnEachOther } from './support/journey.js';
import { extensionOrigin, jfkWav } from './support/paths.js';
import { shotAtPanelWidths } from './support/screens.js';
import { startStack } from './support/stack.js';

/** The extension's stored device settings, read in one of its pages. */
const storedSettings = (page: Page) =>
  page.evaluate(async () => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, unknown>>> } } };
      }
    ).chrome;
    return (await chromeApi.storage.local.get('settings')).settings!;
  });

describe('organisation settings in Chromium: an admin sets them once, a fresh profile receives them at sign-in', () => {
  stepsBuildOnEachOther();
  let stack: Awaited<ReturnType<typeof startStack>>;
  let adminBrowser: Awaited<ReturnType<typeof launchChromium>>;
  let clinicianBrowser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let options: Page;

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack();
    adminBrowser = await launchChromium(jfkWav);
  });
  afterAll(async () => {
    await clinicianBrowser?.close();
    await adminBrowser?.close();
    await stack?.close();
  });

  it('offers an admin what they can do in the side panel instead of a role error', async () => {
    const admin = stack.server.firstRunCredentials.find((c) => c.role === 'admin')!;
    options = await configureExtension(adminBrowser.context, {
      serverUrl: stack.proxy.url,
      email: admin.email,
      password: admin.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'auto',
    });
    const panel = await openSidePanel(adminBrowser.context);
    const home = panel.getByTestId('admin-home');
    await home.getByRole('button', { name: 'Open Organisation settings' }).waitFor();
    for (const task of ['Templates', 'Users', 'Audit log'])
      await home.getByRole('button', { name: `Open ${task}` }).waitFor();
    expect(await panel.getByText(/not allowed|forbidden/i).count()).toBe(0);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotAtPanelWidths(panel, 'admin-side-panel');
    await panel.close();
  });

  it('lets the admin set the organisation defaults; the model picker says what the server lacks', async () => {
    await options.getByRole('tab', { name: 'Organisation' }).click();
    const form = options.getByTestId('org-settings');
    const model = form.getByLabel('Speech model');
    // The picker asks the server for the model's files: wait for its answer (slow on a loaded
    // machine); a wrong answer shows in the failure.
    const says = (text: string) =>
      expect
        .poll(() => form.getByTestId('model-availability').textContent(), { timeout: 120_000 })
        .toBe(text);
    await model.selectOption('whisper-tiny.en');
    await says(
      'Not on your Scribe server yet: where the server runs, an administrator runs npm run models:fetch -- whisper-tiny.en.',
    );
    await model.selectOption('test-model');
    await says('Available on your Scribe server.');
    await form.getByLabel('Processor only (WASM): same results on every computer').check();
    await form.getByLabel('Default note template').selectOption('progress');
    // The admin's own EHR site is the starting point; a second, bad one gets an error in words.
    await form.getByRole('button', { name: 'Add an EHR site' }).click();
    const second = form.getByTestId('org-site').nth(1);
    await second.getByLabel('EHR address').fill('not an address');
    await second.getByLabel('Note field (CSS selector)').fill('#note');
    await form.getByRole('button', { name: 'Save for the organisation' }).click();
    await second.getByText('Enter the full address, such as https://ehr.example.org.').waitFor();
    await second.getByRole('button', { name: 'Remove this site' }).click();
    expect(await seriousA11yViolations(options)).toEqual([]);
    await form.getByRole('button', { name: 'Save for the organisation' }).click();
    await form.getByText('Saved (version 1)').waitFor();
    await shotAtPanelWidths(options, 'admin-organisation-settings');
  });

  it('shows template errors in words next to the field, keeps the preview, and confirms a publish with its changes', async () => {
    await options.getByRole('tab', { name: 'Templates' }).click();
    await options.getByRole('button', { name: 'soap', exact: true }).click();
    const title = options.getByLabel('Title').first();
    await title.fill('');
    await options.getByText('Required: this cannot be empty.').waitFor();
    expect(await options.getByText(/sections\.0\.title|Too small/).count()).toBe(0);
    await options.getByTestId('preview-stale').waitFor();
    expect(await options.getByTestId('template-preview').locator('h3').count()).toBeGreaterThanOrEqual(4);
    await options.getByText('Fix the field marked in red to save.').waitFor();
    expect(await seriousA11yViolations(options)).toEqual([]);
    await shotAtPanelWidths(options, 'admin-template-error');
    await title.fill('Story');
    await options.getByRole('button', { name: 'Save as new draft version' }).click();
    await options.getByRole('button', { name: 'Publish v2' }).click();
    await options
      .getByTestId('publish-diff')
      .getByText(/: title changed/)
      .waitFor();
    await shotAtPanelWidths(options, 'admin-publish-confirm');
    await options.getByRole('button', { name: 'Publish version 2' }).click();
    await options.getByTestId('publish-confirm').waitFor({ state: 'detached' });
    for (const tab of ['Users', 'Audit log']) {
      await options.getByRole('tab', { name: tab }).click();
      await options.getByRole('table').waitFor();
      expect(await seriousA11yViolations(options)).toEqual([]);
      await shotAtPanelWidths(options, `admin-${tab.toLowerCase().replace(' ', '-')}`);
    }
    // Tabs: arrow keys move between them (one tab stop).
    await options.getByRole('tab', { name: 'Audit log' }).focus();
    await options.keyboard.press('ArrowLeft');
    expect(await options.getByRole('tab', { name: 'Users' }).getAttribute('aria-selected')).toBe('true');
    await options.getByRole('tabpanel').getByRole('heading', { name: 'Users' }).waitFor();
  });

  it('reaches a clinician signing in on a fresh browser profile', async () => {
    clinicianBrowser = await launchChromium(jfkWav);
    const page = await clinicianBrowser.context.newPage();
    await page.goto(`${extensionOrigin}/options.html`);
    await page.getByLabel('Server address').fill(stack.proxy.url);
    await page.getByRole('button', { name: 'Save server' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    expect((await storedSettings(page)).orgSettingsVersion).toBe(0);
    await page.getByLabel('Email').fill(stack.clinician.email);
    await page.getByLabel('Password').fill(stack.clinician.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    // Sign-in fetches the organisation's settings: wait for them to arrive, not for a second.
    await expect
      .poll(async () => (await storedSettings(page)).orgSettingsVersion, { timeout: 120_000 })
      .toBe(1);
    expect(await storedSettings(page)).toMatchObject({
      modelId: 'test-model',
      asrBackend: 'wasm',
      templateKey: 'progress',
      ehrSites: [expect.objectContaining({ origin: stack.ehr.origin, noteFieldSelector: '#note-field' })],
    });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Speech model' }).click();
    await page.getByTestId('org-managed').waitFor();
    expect(await page.getByRole('combobox', { name: 'Speech model' }).inputValue()).toBe('test-model');
    // Plain words up front; engine names only under Advanced.
    expect(await page.getByText('WebGPU', { exact: false }).first().isVisible()).toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shotAtPanelWidths(page, 'options-speech-model');
    await page.locator('details.advanced summary').click();
    expect(await page.getByLabel('Processor only (WASM)').isChecked()).toBe(true);
    await shotAtPanelWidths(page, 'options-speech-model-advanced');
    await page.getByRole('tab', { name: 'EHR sites' }).click();
    await page.getByRole('cell', { name: '#note-field' }).waitFor();
    // The e2e build holds access to 127.0.0.1 from install, so this pushed site needs no Allow click.
    expect(await page.getByTestId('allow-site').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shotAtPanelWidths(page, 'options-ehr-sites-pushed');
  });
});
