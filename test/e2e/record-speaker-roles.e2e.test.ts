import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from './support/api.js';
import { seriousA11yViolations } from './support/axe.js';
import {
  LOADED_MACHINE_TEST_MS,
  liveSegments,
  openSidePanel,
  untilDraftedNoteOpens,
  untilRecording,
  whileRecordingMoves,
} from './support/flows.js';
import { extensionOrigin } from './support/paths.js';
import { shot, shotsAtPanelWidths } from './support/screenshots.js';
import { startSignedInExtension } from './support/signed-in-extension.js';

type Line = { seq: number; speaker: string; correctedRole?: string; roleVersion: number };

/**
 * A microphone-only recording: while it runs, the clinician says who spoke a line in the recording
 * view's transcript (the same audited API as the review); the note drafted on Stop uses it and the
 * review shows the correction.
 */
describe('speaker correction in the recording view, in Chromium', () => {
  let session: Awaited<ReturnType<typeof startSignedInExtension>> | undefined;
  let panel: Page;

  beforeAll(async () => {
    session = await startSignedInExtension();
    // Side panels cannot show Chrome's microphone question: a tab page asks once.
    const permission = await session.browser.context.newPage();
    await permission.goto(`${extensionOrigin}/permission.html`);
    await permission.getByRole('button', { name: 'Allow microphone' }).click();
    await permission.getByText('Microphone allowed.').waitFor();
    await permission.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('corrects a live line, keeps the recorder’s label, and drafts with the correction', {
    timeout: LOADED_MACHINE_TEST_MS,
  }, async () => {
    const { stack, token } = session!;
    panel = await openSidePanel(session!.browser.context);
    await panel.getByLabel('Patient identifier (MRN)').fill('E2E-LIVE-ROLE-1');
    await panel.getByRole('checkbox', { name: /attest that the patient consented/ }).check();
    await panel.getByRole('button', { name: 'Start recording' }).click();
    await untilRecording(panel);
    await whileRecordingMoves(panel, 'a first segment is on the server', async () =>
      (await liveSegments(panel)).some((s) => s.sync === 'synced'),
    );
    const [first] = (await liveSegments(panel)).filter((s) => s.sync === 'synced');
    const row = panel.locator(`[data-testid="live-segments"] li[data-seq="${first!.seq}"]`);
    const chip = row.getByTestId('speaker-chip');
    await chip.click();
    await row.getByRole('button', { name: 'Patient', exact: true }).click();
    await row.getByText('patient ✓').waitFor();
    await panel.getByTestId('speaker-corrections-saved').waitFor();
    expect(await chip.getAttribute('aria-label')).toBe(
      'Said by the patient (you corrected this line). Change who said this line',
    );

    const { encounters } = await apiGet<{ encounters: Array<{ id: string }> }>(
      stack.server.url,
      token,
      '/encounters',
    );
    const path = `/encounters/${encounters[0]!.id}/segments`;
    const lines = (await apiGet<{ segments: Line[] }>(stack.server.url, token, path)).segments;
    const stored = lines.find((l) => l.seq === first!.seq);
    // Stored apart from what the recorder said, which stays `unknown`.
    expect(stored).toMatchObject({ speaker: 'unknown', correctedRole: 'patient', roleVersion: 1 });
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await chip.click();
    await shot(panel, 'record-speaker-correction-open');
    await chip.click();
    await shotsAtPanelWidths(panel, 'record-speaker-correction');

    await panel.getByRole('button', { name: 'Stop' }).click();
    await untilDraftedNoteOpens(panel);
    // The review shows the same correction on the same line.
    const reviewLine = panel.locator(`li[data-seq="${first!.seq}"]`);
    await reviewLine.getByText('patient ✓').waitFor();
    await shot(panel, 'record-speaker-correction-review');
  });
});
