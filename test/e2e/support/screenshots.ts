import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from './paths.js';

let step = 0;
/** Saves a numbered full-page screenshot under test/e2e/artifacts/ for people to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  step++;
  await page.screenshot({
    path: path.join(artifactsDir, `${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
}
