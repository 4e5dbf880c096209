import type { Page } from 'playwright-core';
import { shot } from './screenshots.js';

/** Screenshots of the page at the side panel's usual width (400 px) and its narrowest (320 px). */
export async function shotAtPanelWidths(page: Page, name: string): Promise<void> {
  const before = page.viewportSize() ?? { width: 480, height: 900 };
  for (const width of [400, 320]) {
    await page.setViewportSize({ width, height: before.height });
    await shot(page, `${name}-${width}px`);
  }
  await page.setViewportSize(before);
}
