import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiLogin, apiPut } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel } from './support/flows.js';
import { jfkWav } from './support/paths.js';
import {
  consultationLines,
  draftedEncounter,
  seriousA11yViolations,
  tabsUntil,
} from './support/review-helpers.js';
import { shot, shotsAtPanelWidths } from './support/screenshots.js';
import { startStack } from './support/stack.js';

type NoteContent = { sections: Array<{ id: string; title: string; sentences: unknown[] }> };

/**
 * Clicks and keystrokes from opening the side panel to a signed note in the chart, and an axe-core
 * check of each review screen. Printed as JOURNEY/A11Y lines for the report.
 */
describe('review journey in Chromium: clicks, keystrokes and accessibility', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let token: string;
  let panel: Page;
  const axeFindings: Record<string, unknown[]> = {};
  const checkA11y = async (screen: string) => {
    axeFindings[screen] = await seriousA11yViolations(panel);
  };

  beforeAll(async () => {
    buildExtensionForE2e();
    stack = await startStack();
    browser = await launchChromium(jfkWav);
    token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
    const options = await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: stack.clinician.email,
      password: stack.clinician.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'wasm',
    });
    await shotsAtPanelWidths(options, 'options-ehr-sites');
    axeFindings['options (EHR sites)'] = await seriousA11yViolations(options);
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('takes at most 4 clicks from opening the panel to a signed note inserted in the chart', async () => {
    const { noteId } = await draftedEncounter(stack.server.url, token, {
      mrn: 'E2E-000123',
      displayName: 'Test Patient',
    });
    // A draft that needs no correction (every sentence backed by the transcript, Assessment and Plan
    // written): the journey measures the interface, not the drafter.
    const note = await apiGet<{ content: NoteContent; version: number }>(
      stack.server.url,
      token,
      `/notes/${noteId}`,
    );
    const backed = (seq: number) => ({
      id: `j${seq}`,
      text: consultationLines[seq]!,
      evidence: [{ seq, start: 0, end: consultationLines[seq]!.length }],
      support: 'supported',
    });
    const lines: Record<string, number[]> = {
      subjective: [1, 3],
      objective: [8, 9],
      assessment: [10],
      plan: [11, 12],
    };
    await apiPut(
      stack.server.url,
      token,
      `/notes/${noteId}`,
      {
        content: {
          ...note.content,
          sections: note.content.sections.map((s) => ({ ...s, sentences: (lines[s.id] ?? []).map(backed) })),
        },
      },
      `"${note.version}"`,
    );
    const ehr = await browser.context.newPage();
    await ehr.goto(`${stack.ehr.origin}/chart`);

    panel = await openSidePanel(browser.context);
    await checkA11y('side panel (record tab)');
    let clicks = 0;
    const click = async (role: 'tab' | 'button', name: string | RegExp) => {
      clicks++;
      await panel.getByRole(role, { name }).first().click();
    };
    await click('tab', 'Review queue');
    await panel.getByRole('button', { name: /^Review v/ }).waitFor();
    await checkA11y('review queue');
    await click('button', /^Review v/);
    await panel.getByTestId('patient-banner').getByText('Test Patient').waitFor();
    await checkA11y('note review (draft)');
    const tabsToSign = await tabsUntil(panel, (t) => t.startsWith('Sign note'));
    const signVisible = await panel.getByRole('button', { name: /^Sign note/ }).isVisible();
    await click('button', /^Sign note/);
    await expect.poll(() => panel.getByTestId('note-status').textContent()).toBe('Signed');
    await checkA11y('note review (signed)');
    await click('button', 'Insert into EHR');
    await panel.getByTestId('insert-result').waitFor();
    await checkA11y('note review (inserted)');
    expect(await ehr.locator('#note-field').inputValue()).toMatch(
      /^Previous text typed by staff\.\n\nSIGNED by /,
    );
    console.log(
      `JOURNEY ${JSON.stringify({ clicks, tabsToSign, signVisibleWithoutScrolling: signVisible })}`,
    );
    expect(clicks).toBeLessThanOrEqual(4);
    expect(signVisible).toBe(true);
  });

  it('has no serious or critical axe violation on the checklist and the wrong-patient block either', async () => {
    await draftedEncounter(stack.server.url, token, { mrn: 'E2E-A11Y-2', displayName: 'Second Patient' });
    await panel.getByRole('button', { name: '← Back' }).click();
    await panel
      .getByRole('button', { name: /^Review v/ })
      .first()
      .click();
    await panel.getByTestId('patient-banner').getByText('Second Patient').waitFor();
    // An unsaved edit always opens the checklist, however complete the offline draft is.
    await panel
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await panel.getByRole('textbox').first().fill('Dry cough for three days.');
    await panel.getByRole('button', { name: /^Sign note/ }).click();
    const checklist = panel.getByTestId('sign-checklist');
    await checklist.getByText(/has unsaved changes/).waitFor();
    await checkA11y('sign-off checklist');
    await checklist.getByRole('button', { name: 'Discard' }).click();
    await panel.getByRole('button', { name: 'Insert into EHR' }).click();
    await panel.getByTestId('insert-blocked').waitFor();
    await panel.getByText('Insert into this chart anyway…').click();
    await checkA11y('insert blocked (wrong patient)');
    await shotsAtPanelWidths(panel, 'journey-insert-blocked');
    await panel.getByTestId('insert-blocked').getByRole('button', { name: 'Cancel' }).click();
    // Keyboard: the note body is one tab stop; arrow keys walk the sentences and show their evidence.
    await panel.locator('[data-sentence-id]').first().focus();
    await panel.keyboard.press('ArrowDown');
    await panel.getByTestId('evidence-pop').waitFor();
    const focused = await panel.evaluate(() => document.activeElement?.getAttribute('data-sentence-id'));
    const second = await panel.locator('[data-sentence-id]').nth(1).getAttribute('data-sentence-id');
    expect(focused).toBe(second);
    expect(await panel.locator('[data-sentence-id][tabindex="0"]').count()).toBe(1);
    await shotsAtPanelWidths(panel, 'evidence-by-keyboard');
    // A wide panel puts the transcript beside the note, scrolled to the evidence.
    await panel.setViewportSize({ width: 900, height: 800 });
    await shot(panel, 'evidence-split-900px', { fullPage: false });
    console.log(`A11Y ${JSON.stringify(axeFindings)}`);
    expect(Object.values(axeFindings).flat()).toEqual([]);
  });
});
