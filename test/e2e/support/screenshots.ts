import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir } from './paths.js';

let step = 0;
/** Saves a numbered full-page screenshot under test/e2e/artifacts/ for people to look at. */
export async function shot(page: Page, name: string, o: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  step++;
  const options = {
    path: path.join(artifactsDir, `${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: o.fullPage ?? true,
    timeout: 45_000,
  };
  // A loaded machine's compositor can stall one capture (CI saw a 90 s screenshot timeout with the
  // page itself fine): after a fresh animation frame, one more try before the step fails.
  await page.screenshot(options).catch(async () => {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await page.screenshot(options);
  });
}

/**
 * The same screen at the side panel's common widths (400 px, and 320 px, Chrome's narrowest), as
 * the user sees it (the viewport: a full-page capture would draw the sticky footer mid-page).
 */
export async function shotsAtPanelWidths(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const width of [400, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await shot(page, `${name}-${width}px`, { fullPage: false });
  }
  if (before) await page.setViewportSize(before);
}

/** Like shotsAtPanelWidths, with `target` scrolled to the top of the panel at each width. */
export async function shotsScrolledTo(page: Page, target: Locator, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const width of [400, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, `${name}-${width}px`, { fullPage: false });
  }
  if (before) await page.setViewportSize(before);
}
