import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { apiPost } from './api.js';
import { repoRoot } from './paths.js';

/** A short consultation (our own words, synthetic) that the offline drafter turns into a full SOAP note. */
export const consultationLines = [
  'What brings you in today?',
  'I have had a dry cough for three days and a mild fever at night.',
  'Any shortness of breath or chest pain?',
  'No shortness of breath, no chest pain, but my throat is sore.',
  'Do you smoke?',
  'No, I never smoked. I take lisinopril for high blood pressure.',
  'Any allergies to medicines?',
  'Penicillin gives me hives.',
  'Your temperature is 37.9 and your chest sounds clear.',
  'Your throat is a little red, no pus on the tonsils.',
  'This looks like a viral upper respiratory infection.',
  'Take paracetamol for the fever and drink plenty of fluids.',
  'Come back if you get short of breath or the fever lasts more than five days.',
];

/** An encounter with that transcript and an offline draft, made through the API as the clinician. */
export async function draftedEncounter(
  baseUrl: string,
  token: string,
  patient: { mrn: string; displayName: string },
): Promise<{ encounterId: string; noteId: string }> {
  const enc = await apiPost<{ id: string }>(baseUrl, token, '/encounters', {
    patient,
    consent: { attested: true, method: 'verbal' },
  });
  await apiPost(baseUrl, token, `/encounters/${enc.id}/segments`, {
    segments: consultationLines.map((text, i) => ({
      seq: i,
      startMs: i * 4000,
      endMs: i * 4000 + 3900,
      speaker: 'unknown',
      text,
    })),
  });
  const drafted = await apiPost<{ note: { id: string } }>(baseUrl, token, `/encounters/${enc.id}/draft`, {
    templateKey: 'soap',
    mode: 'offline',
  });
  return { encounterId: enc.id, noteId: drafted.note.id };
}

/** axe-core (the installed dev dependency) run in the page: serious and critical violations only. */
export async function seriousA11yViolations(page: Page) {
  const source = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated over DevTools, so the extension page's CSP (no inline scripts) does not block it.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    type AxeViolation = { id: string; impact: string | null; nodes: Array<{ target: unknown[] }> };
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Tab presses from the top of the page until `matches` is focused (keyboard-only cost). */
export async function tabsUntil(page: Page, matches: (text: string) => boolean, max = 200): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 0; presses <= max; presses++) {
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (presses > 0 && matches(text)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error('the control was never reached with Tab');
}

/**
 * Clicks Sign; if the sign-off checklist opens, settles each item the quick way (keep unsupported
 * sentences, leave empty sections, leave codes for coding) and signs. Returns the clicks it took.
 */
export async function signThroughChecklist(panel: Page, version: number): Promise<number> {
  let clicks = 1;
  await panel.getByRole('button', { name: `Sign note (version ${version})` }).click();
  const checklist = panel.getByTestId('sign-checklist');
  const signedOrChecklist = await Promise.race([
    checklist.waitFor().then(() => 'checklist' as const),
    panel
      .getByText(/The note is locked/)
      .waitFor()
      .then(() => 'signed' as const),
  ]);
  if (signedOrChecklist === 'signed') return clicks;
  for (let i = 0; i < 60; i++) {
    const action = checklist.getByRole('button', {
      name: /^(It is correct|Leave .* empty|Leave for coding)$/,
    });
    if ((await action.count()) === 0) break;
    await action.first().click();
    clicks++;
  }
  await panel.getByText('Everything is checked. Sign when ready.').waitFor();
  await panel.getByRole('button', { name: `Sign note (version ${version})` }).click();
  await panel.getByText(/The note is locked/).waitFor();
  return clicks + 1;
}
