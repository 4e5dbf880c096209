import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, apiPost } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel, switchUser } from './support/flows.js';
import { jfkWav } from './support/paths.js';
import { shot } from './support/screenshots.js';
import { startStack } from './support/stack.js';

const STAFF = { email: 'staff@scribe.local', password: 'staff-password-for-e2e' };

describe('admin and staff in Chromium: template editing with preview, review queue, EHR insert', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let options: Page;

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack({ icd10Subset: true });
    browser = await launchChromium(jfkWav);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('lets an admin edit a template, preview it with the offline drafter, and publish it', async () => {
    const admin = stack.server.firstRunCredentials.find((c) => c.role === 'admin')!;
    options = await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: admin.email,
      password: admin.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'wasm',
    });
    await options.getByRole('tab', { name: 'Templates' }).click();
    await options.getByRole('button', { name: 'soap', exact: true }).click();
    await options.getByLabel('Name', { exact: true }).fill('SOAP note (clinic)');
    await options.getByLabel('Guidance for the AI drafter').first().fill('Lead with the main complaint.');
    // The preview drafts the sample consultation in the page with the edited, unpublished template.
    const preview = options.getByTestId('template-preview');
    await preview.getByText(/cough/i).first().waitFor();
    expect(await preview.locator('h3').count()).toBeGreaterThanOrEqual(4);
    await shot(options, 'admin-template-preview');
    await options.getByRole('button', { name: 'Save as new draft version' }).click();
    await options.getByRole('button', { name: 'Publish v2' }).click();
    // Publishing asks once, listing what changes for clinicians.
    await options.getByTestId('publish-diff').getByText('Name: “SOAP note” → “SOAP note (clinic)”').waitFor();
    await options.getByRole('button', { name: 'Publish version 2' }).click();
    await options.getByRole('cell', { name: 'v2' }).waitFor();
    await options.getByRole('cell', { name: 'SOAP note (clinic)' }).waitFor();
    await shot(options, 'admin-template-published');
  });

  it('shows staff the review queue; staff cannot sign but can insert the draft into the EHR', async () => {
    const adminToken = await apiLogin(
      stack.server.url,
      stack.server.firstRunCredentials.find((c) => c.role === 'admin')!.email,
      stack.server.firstRunCredentials.find((c) => c.role === 'admin')!.password,
    );
    await apiPost(stack.server.url, adminToken, '/users', {
      ...STAFF,
      displayName: 'Front Desk',
      role: 'staff',
    });
    const token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
    const encounter = await apiPost<{ id: string }>(stack.server.url, token, '/encounters', {
      patient: { mrn: 'E2E-STAFF-7', displayName: 'Queue Patient' },
      consent: { attested: true, method: 'written' },
    });
    await apiPost(stack.server.url, token, `/encounters/${encounter.id}/segments`, {
      segments: [
        {
          seq: 0,
          startMs: 0,
          endMs: 4000,
          speaker: 'patient',
          text: 'I have had a sore throat for two days.',
        },
        { seq: 1, startMs: 4000, endMs: 8000, speaker: 'clinician', text: 'Take paracetamol and rest.' },
      ],
    });
    await apiPost(stack.server.url, token, `/encounters/${encounter.id}/draft`, {
      templateKey: 'soap',
      mode: 'offline',
    });

    await switchUser(options, STAFF.email, STAFF.password);
    const ehr = await browser.context.newPage();
    await ehr.goto(`${stack.ehr.origin}/chart?mrn=E2E-STAFF-7&name=Queue%20Patient`);
    const panel = await openSidePanel(browser.context);
    expect(await panel.getByRole('tab', { name: 'Record' }).count()).toBe(0); // recording is for clinicians
    await panel.getByRole('cell', { name: /Queue Patient/ }).waitFor();
    await shot(panel, 'staff-review-queue');
    await panel.getByRole('button', { name: /^Review v/ }).click();
    await panel.getByTestId('note-review').waitFor();
    await panel.getByText('Only the treating clinician can sign.', { exact: false }).waitFor();
    expect(await panel.getByRole('button', { name: /^Sign note/ }).count()).toBe(0);
    // Selecting a supported sentence highlights its words in the transcript.
    const supported = panel.locator('[data-support="supported"]').first();
    await supported.click();
    await panel.locator('.segment.highlight mark').first().waitFor();
    await shot(panel, 'staff-note-review');
    // Code suggestions (ICD-10-CM subset loaded): the reviewer accepts one, and it stays accepted.
    const firstCode = panel.locator('.code-row').first();
    await firstCode.getByRole('button', { name: /^Accept / }).click();
    await firstCode.locator('.badge.ok').getByText('accepted').waitFor();
    // Staff may insert the draft: it goes in below their text, marked DRAFT so it never looks final.
    await panel.getByRole('button', { name: 'Insert into EHR' }).click();
    await panel.getByTestId('insert-result').waitFor();
    const inserted = await ehr.locator('#note-field').inputValue();
    expect(inserted).toMatch(/^Previous text typed by staff\.\n\nDRAFT - NOT SIGNED/);
    expect(inserted).toMatch(/SUBJECTIVE/);
  });
});
