import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiPut } from './support/api.js';
import { openSidePanel } from './support/flows.js';
import { consultationLines, draftedEncounter, seriousA11yViolations } from './support/review-helpers.js';
import { shot, shotsScrolledTo as shotsAt, shotsAtPanelWidths } from './support/screenshots.js';
import { startSignedInExtension } from './support/signed-in-extension.js';

type Sentence = { id: string; text: string; evidence: unknown[]; support: string; review?: string };
type NoteContent = { sections: Array<{ id: string; title: string; sentences: Sentence[] }> };
type Line = { seq: number; speaker: string; correctedRole?: string; inferredRole: string | null };

/**
 * A microphone-only consultation (every segment `unknown`) reviewed in the side panel: the transcript
 * shows who likely said each line, the clinician corrects one, and re-drafts the note as a new version
 * that keeps the clinician's edited version in the history. Sentences to check are marked in the body.
 */
describe('speaker roles in Chromium: likely speakers, a correction, a re-draft', () => {
  let session: Awaited<ReturnType<typeof startSignedInExtension>> | undefined;
  let stack: Awaited<ReturnType<typeof startSignedInExtension>>['stack'];
  let browser: Awaited<ReturnType<typeof startSignedInExtension>>['browser'];
  let token: string;
  let panel: Page;

  const shotsScrolledTo = (target: Locator, name: string) => shotsAt(panel, target, name);

  beforeAll(async () => {
    session = await startSignedInExtension();
    ({ stack, browser, token } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows likely speakers, saves a correction, and re-drafts as a new version', async () => {
    const { encounterId, noteId } = await draftedEncounter(stack.server.url, token, {
      mrn: 'E2E-ROLES-1',
      displayName: 'Role Patient',
    });
    // The clinician already edited the draft (version 2): one sentence flagged by the drafter for
    // rewording and one without evidence, so the note body shows its review markers.
    const v1 = await apiGet<{ content: NoteContent; version: number }>(
      stack.server.url,
      token,
      `/notes/${noteId}`,
    );
    const plan = consultationLines[11]!;
    const flagged: Sentence = {
      id: 'flag1',
      text: 'You should drink plenty of fluids.',
      evidence: [{ seq: 11, start: plan.indexOf('drink'), end: plan.length - 1 }],
      support: 'supported',
      review: 'Still worded as conversation (second person): reword before signing.',
    };
    const unsupported: Sentence = {
      id: 'nope1',
      text: 'Chest X-ray ordered.',
      evidence: [],
      support: 'unsupported',
    };
    await apiPut(
      stack.server.url,
      token,
      `/notes/${noteId}`,
      {
        content: {
          ...v1.content,
          sections: v1.content.sections.map((s) =>
            s.id === 'plan' ? { ...s, sentences: [...s.sentences, flagged, unsupported] } : s,
          ),
        },
      },
      `"${v1.version}"`,
    );

    panel = await openSidePanel(browser.context);
    await panel.getByRole('tab', { name: 'Review queue' }).click();
    await panel.getByRole('button', { name: /^Review v2/ }).click();
    await panel.getByTestId('patient-banner').getByText('Role Patient').waitFor();

    // Every line was recorded `unknown`: each shows the model's guess, in words, as a control.
    const transcript = panel.locator('.transcript-card');
    const chips = transcript.getByTestId('speaker-chip');
    await chips.first().waitFor();
    expect(await chips.count()).toBe(13);
    expect(await chips.nth(0).textContent()).toMatch(/^likely clinician/);
    expect(await chips.nth(1).textContent()).toMatch(/^likely patient/);
    // The note body marks what to check, with the reason, beside the sentence.
    const markers = panel.locator('[data-note-body] .check-flag');
    expect(await markers.allTextContents()).toEqual([
      '⚠ check worded as conversation (second person)',
      '⚠ check not in the transcript',
    ]);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotsScrolledTo(panel.locator('[data-section="plan"]'), 'roles-review-markers');
    await shotsScrolledTo(transcript, 'roles-review-chips');
    // Keyboard: the chips are one tab stop; arrow keys move between them.
    expect(
      await chips.evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length),
    ).toBe(1);
    await chips.nth(0).focus();
    await panel.keyboard.press('ArrowDown');
    expect(await chips.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);

    // Line 7 ("Penicillin gives me hives.") was said by the patient's daughter: "Someone else".
    const line7 = transcript.locator('li[data-seq="7"]');
    await line7.getByTestId('speaker-chip').scrollIntoViewIfNeeded();
    await line7.getByTestId('speaker-chip').focus();
    await panel.keyboard.press('Enter');
    const choices = line7.getByRole('group', { name: 'Who said this line?' });
    await choices.waitFor();
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotsAtPanelWidths(panel, 'roles-correct-open');
    await choices.getByRole('button', { name: 'Someone else' }).click();
    await line7.getByTestId('speaker-chip').getByText('other ✓').waitFor();
    const lines = await apiGet<{ segments: Line[] }>(
      stack.server.url,
      token,
      `/encounters/${encounterId}/segments`,
    );
    expect(lines.segments[7]).toMatchObject({
      speaker: 'unknown',
      correctedRole: 'other',
      inferredRole: null,
    });

    // The panel offers the re-draft and says the edited version 2 is kept, not overwritten.
    const offer = panel.getByTestId('redraft-offer');
    await offer.getByText(/Version 2 has edits by a person/).waitFor();
    // Offered at the top of the transcript, where the clinician made the correction.
    expect(await transcript.getByTestId('redraft-offer').count()).toBe(1);
    // Leaving the note and coming back still offers it: the correction is newer than version 2.
    await panel.getByRole('button', { name: '← Back' }).click();
    await panel.getByRole('button', { name: /^Review v2/ }).click();
    await offer.getByText(/You changed who said 1 line/).waitFor();
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotsScrolledTo(transcript, 'roles-redraft-offer');
    await offer.getByRole('button', { name: 'Re-draft as version 3' }).click();
    const done = panel.getByTestId('redraft-done');
    await done.getByText('Re-drafted with the corrected speakers as version 3.').waitFor();
    expect(await done.textContent()).toContain(
      'Version 2 had edits by a person; it is kept in the version history',
    );
    // Focus moves from the vanished button to the outcome.
    expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.getByRole('button', { name: /^Sign note \(version 3\)/ }).waitFor();
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await shotsScrolledTo(transcript, 'roles-redrafted');
    await shot(panel, 'roles-redrafted-full');

    const versions = await apiGet<{ versions: Array<{ version: number; kind: string }> }>(
      stack.server.url,
      token,
      `/notes/${noteId}/versions`,
    );
    expect(versions.versions.map((v) => v.kind)).toEqual(['drafted', 'edited', 'drafted']);
    // The daughter's words are no longer the patient's own report in version 3.
    const v3 = await apiGet<{ content: NoteContent }>(stack.server.url, token, `/notes/${noteId}`);
    const texts = v3.content.sections.flatMap((s) => s.sentences.map((x) => x.text));
    expect(texts).not.toContain('Penicillin gives the patient hives.');
  });
});
