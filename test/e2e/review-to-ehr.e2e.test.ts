import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiLogin } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel } from './support/flows.js';
import { stepsBuildOnEachOther } from './support/journey.js';
import { jfkWav } from './support/paths.js';
import { draftedEncounter } from './support/review-helpers.js';
import { shotsAtPanelWidths } from './support/screenshots.js';
import { startStack } from './support/stack.js';

type AuditEvent = { action: string; severity: string; outcome: string; entityId: string | null };

describe('review to EHR in Chromium: right patient, sign-off checklist, append with a status line', () => {
  stepsBuildOnEachOther();
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let panel: Page;
  let ehr: Page;
  let token: string;
  let adminToken: string;
  let noteId: string;
  const field = () => ehr.locator('#note-field').inputValue();

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack({ icd10Subset: true });
    browser = await launchChromium(jfkWav);
    token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
    const admin = stack.server.firstRunCredentials.find((c) => c.role === 'admin')!;
    adminToken = await apiLogin(stack.server.url, admin.email, admin.password);
    await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: stack.clinician.email,
      password: stack.clinician.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'wasm',
    });
    ({ noteId } = await draftedEncounter(stack.server.url, token, {
      mrn: 'E2E-000123',
      displayName: 'Russell Gray',
    }));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('blocks inserting into another patient’s chart; an override needs a reason and is audited (high)', async () => {
    ehr = await browser.context.newPage();
    await ehr.goto(`${stack.ehr.origin}/chart?mrn=E2E-OTHER-9&name=Maria%20Lopez`);
    panel = await openSidePanel(browser.context);
    await panel.getByRole('tab', { name: 'Review queue' }).click();
    await panel
      .getByRole('cell', { name: /Russell Gray/ })
      .first()
      .waitFor();
    await shotsAtPanelWidths(panel, 'review-queue');
    await panel.getByRole('button', { name: /^Review v/ }).click();
    const banner = panel.getByTestId('patient-banner');
    await banner.getByText('Russell Gray').waitFor();
    expect(await banner.getByTestId('patient-mrn').textContent()).toBe('E2E-000123');
    await expect.poll(() => banner.textContent()).toMatch(/Visit \d{4}-\d\d-\d\d/);
    await shotsAtPanelWidths(panel, 'review-draft');

    await panel.getByRole('button', { name: 'Insert into EHR' }).click();
    const blocked = panel.getByTestId('insert-blocked');
    await blocked.getByText(/another patient \(MRN E2E-OTHER-9\)/).waitFor();
    expect(await field()).toBe('Previous text typed by staff.');
    await shotsAtPanelWidths(panel, 'insert-blocked');

    await blocked.getByText('Insert into this chart anyway…').click();
    const anyway = blocked.getByRole('button', { name: 'Insert anyway' });
    expect(await anyway.isDisabled()).toBe(true);
    await blocked.getByText('Type a reason of at least 10 characters first.').waitFor();
    await blocked
      .getByLabel(/Why is this the right chart/)
      .fill('Merged chart: the MRN banner shows the old number.');
    await anyway.click();
    await panel.getByTestId('insert-result').waitFor();
    expect(await field()).toContain('DRAFT - NOT SIGNED');
    const events = (
      await apiGet<{ events: AuditEvent[] }>(stack.server.url, adminToken, '/audit?limit=50')
    ).events.filter((e) => e.entityId === noteId);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'note.ehr_insert.override', severity: 'high', outcome: 'success' }),
        expect.objectContaining({ action: 'note.ehr_insert.overridden', severity: 'high' }),
      ]),
    );
  });

  it('does not sign while a section edit is unsaved; the checklist saves it, then settles each item', async () => {
    await ehr.goto(`${stack.ehr.origin}/chart`); // the right chart again (field reset by the page)
    await panel
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await panel.getByRole('textbox').first().fill('Dry cough for three days with a mild fever at night.');
    // Leaving would lose the edit: Back asks to save or discard it instead.
    await panel.getByRole('button', { name: '← Back' }).click();
    await panel.getByText('Save or discard your unsaved edit before leaving this note.').waitFor();
    expect(await panel.getByTestId('note-review').count()).toBe(1);
    await panel.getByRole('button', { name: /^Sign note/ }).click();
    const checklist = panel.getByTestId('sign-checklist');
    await checklist.getByText(/has unsaved changes/).waitFor();
    expect(await panel.getByTestId('note-status').textContent()).toBe('Draft');
    expect(
      (await apiGet<{ status: string; version: number }>(stack.server.url, token, `/notes/${noteId}`)).status,
    ).toBe('draft');
    await shotsAtPanelWidths(panel, 'sign-checklist');
    await checklist.getByRole('button', { name: /^Save / }).click();
    await panel.getByText('Version 2', { exact: true }).waitFor();
    // Every other open item has its action: acknowledge, confirm empty, leave codes for coding.
    for (let i = 0; i < 40; i++) {
      const action = checklist.getByRole('button', {
        name: /^(It is correct|Leave .* empty|Leave for coding)$/,
      });
      if ((await action.count()) === 0) break;
      await action.first().click();
    }
    await panel.getByText('Everything is checked. Sign when ready.').waitFor();
    await panel.getByRole('button', { name: 'Sign note (version 2)' }).click();
    await expect.poll(() => panel.getByTestId('note-status').textContent()).toBe('Signed');
  });

  it('lists the signed note as not yet inserted, then appends it below the staff text with its status line', async () => {
    const waiting = await apiGet<{ notes: Array<{ id: string }> }>(
      stack.server.url,
      token,
      '/notes?status=signed&notInserted=true',
    );
    expect(waiting.notes.map((n) => n.id)).toEqual([noteId]);
    await panel.getByRole('button', { name: 'Insert into EHR' }).click();
    await panel
      .getByTestId('insert-result')
      .getByText(/Inserted below the text already in the field/)
      .waitFor();
    const value = await field();
    expect(value.startsWith('Previous text typed by staff.\n\nSIGNED by ')).toBe(true);
    expect(value).toMatch(/SIGNED by .+ on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(Scribe note v2\)/);
    expect(value).toContain('Patient: Russell Gray\nMRN: E2E-000123');
    expect(value).toContain('Dry cough for three days with a mild fever at night.');
    await shotsAtPanelWidths(panel, 'inserted');
    const after = await apiGet<{ notes: unknown[] }>(
      stack.server.url,
      token,
      '/notes?status=signed&notInserted=true',
    );
    expect(after.notes).toEqual([]);
  });
});
