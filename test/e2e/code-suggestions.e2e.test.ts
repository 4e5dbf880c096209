import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENT_CODE_SCORE } from '../../shared/clinical/codes.js';
import { apiGet } from './support/api.js';
import { openSidePanel } from './support/flows.js';
import { stepsBuildOnEachOther } from './support/journey.js';
import { draftedEncounter } from './support/review-helpers.js';
import { startSignedInExtension } from './support/signed-in-extension.js';

type Code = { id: string; code: string; score: number; status: 'suggested' | 'accepted' | 'rejected' };

/**
 * The code suggestions of a drafted note in the side panel, clicked as a reviewer does: the confident
 * ones shown first, "Show more" reveals the rest, Accept and Reject stay where they were after a
 * decision, and "Accept all shown" accepts exactly the undecided suggestions on screen.
 */
describe('code suggestions in Chromium: show more, accept all shown, stable buttons', () => {
  stepsBuildOnEachOther();
  let running: Awaited<ReturnType<typeof startSignedInExtension>>;
  let noteId: string;
  let panel: Page;

  beforeAll(async () => {
    // The ICD-10-CM subset, so the drafted note gets code suggestions.
    running = await startSignedInExtension({ icd10Subset: true });
    const { stack, token } = running;
    ({ noteId } = await draftedEncounter(stack.server.url, token, {
      mrn: 'E2E-CODES-1',
      displayName: 'Coding Patient',
    }));
    panel = await openSidePanel(running.browser.context);
    await panel.getByRole('tab', { name: 'Review queue' }).click();
    await panel
      .getByRole('button', { name: /^Review v/ })
      .first()
      .click();
    await panel.getByTestId('patient-banner').getByText('Coding Patient').waitFor();
  });
  afterAll(async () => {
    await running?.close();
  });

  const codesOnServer = async () =>
    (await apiGet<{ codes: Code[] }>(running.stack.server.url, running.token, `/notes/${noteId}`)).codes;
  const section = () => panel.locator('section[aria-labelledby="codes-title"]');
  const rowCodes = async () =>
    section()
      .locator('.code-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  const box = async (locator: Locator) => {
    const b = await locator.boundingBox();
    if (!b) throw new Error('the button is not on screen');
    return { x: Math.round(b.x), y: Math.round(b.y) };
  };

  it('shows the confident suggestions first, most confident first, and the rest on "Show more"', async () => {
    const codes = await codesOnServer();
    const confident = codes.filter((c) => c.score >= CONFIDENT_CODE_SCORE);
    // The visit's allergy ("penicillin gives me hives") is offered as a status code under the threshold.
    expect(confident.length).toBeGreaterThan(0);
    expect(codes.length).toBeGreaterThan(confident.length);
    await section().locator('.code-row').first().waitFor();
    const shown = await rowCodes();
    const expected = [...confident]
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, 5)
      .map((c) => c.code);
    expect(shown).toEqual(expected);
    const hidden = codes.length - shown.length;
    await section()
      .getByRole('button', { name: `Show more (${hidden})` })
      .click();
    expect(await rowCodes()).toHaveLength(codes.length);
    expect((await rowCodes()).slice(0, shown.length)).toEqual(shown);
    await section().getByRole('button', { name: 'Show fewer' }).click();
    expect(await rowCodes()).toEqual(shown);
  });

  it('accepts every undecided suggestion shown, and only those, with "Accept all shown"', async () => {
    const shown = await rowCodes();
    const undecided = (await codesOnServer()).filter(
      (c) => shown.includes(c.code) && c.status === 'suggested',
    );
    expect(undecided.length).toBeGreaterThan(0);
    await section()
      .getByRole('button', { name: `Accept all shown (${undecided.length})` })
      .click();
    await expect
      .poll(async () =>
        (await codesOnServer()).filter((c) => shown.includes(c.code)).every((c) => c.status === 'accepted'),
      )
      .toBe(true);
    // The suggestions behind "Show more" were not shown, so they stay undecided.
    const notShown = (await codesOnServer()).filter((c) => !shown.includes(c.code));
    expect(notShown.length).toBeGreaterThan(0);
    expect(notShown.every((c) => c.status === 'suggested')).toBe(true);
    await section()
      .getByRole('button', { name: /^Accept all shown/ })
      .waitFor({ state: 'detached' });
    expect(await rowCodes()).toEqual(shown);
  });

  it('keeps Accept and Reject (and the row order) where they were after each decision', async () => {
    const before = await rowCodes();
    await section()
      .getByRole('button', { name: /^Show more/ })
      .click();
    const all = await rowCodes();
    expect(all.length).toBeGreaterThan(before.length);
    // A suggestion "Show more" revealed, still undecided.
    const target = all[before.length]!;
    const accept = section().getByRole('button', { name: `Accept ${target}` });
    const reject = section().getByRole('button', { name: `Reject ${target}` });
    const at = { accept: await box(accept), reject: await box(reject) };
    await reject.click();
    await expect.poll(async () => (await reject.getAttribute('aria-pressed')) ?? '').toBe('true');
    expect({ accept: await box(accept), reject: await box(reject) }).toEqual(at);
    expect(await rowCodes()).toEqual(all);
    expect((await codesOnServer()).find((c) => c.code === target)?.status).toBe('rejected');
    await accept.click();
    await expect.poll(async () => (await accept.getAttribute('aria-pressed')) ?? '').toBe('true');
    expect({ accept: await box(accept), reject: await box(reject) }).toEqual(at);
    expect(await rowCodes()).toEqual(all);
    expect((await codesOnServer()).find((c) => c.code === target)?.status).toBe('accepted');
  });
});
