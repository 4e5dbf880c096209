import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath, e2eExtensionDir } from './paths.js';

/** How long a Playwright wait (an element shown, a click's target ready) may take before it fails. */
export const E2E_ACTION_TIMEOUT_MS = 90_000;

/**
 * Chromium with the built extension and a fake microphone that plays `wavPath` in a loop. WebGPU is
 * on (SwiftShader's software adapter where there is no GPU); `webgpu: false` leaves it without one.
 *
 * `tabCapture: true` (telehealth tests) changes three things Chrome's tab capture needs:
 * - no `--use-fake-ui-for-media-stream`: with it, a tabCapture stream id fails in getUserMedia
 *   with "NotFoundError: Requested device not found" (the fake UI only knows fake devices); the
 *   microphone is granted through the DevTools protocol instead (grantMicrophone in telehealth.ts);
 * - audio not muted (Playwright adds `--mute-audio`, which makes a captured tab silent);
 * - `--enable-unsafe-extension-debugging`, for `Extensions.triggerAction`: the toolbar click that
 *   invokes Scribe on the call tab, which tabCapture requires.
 */
export async function launchChromium(wavPath: string, o: { webgpu?: boolean; tabCapture?: boolean } = {}) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'scribe-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    ...(o.tabCapture ? { ignoreDefaultArgs: ['--mute-audio'] } : {}),
    viewport: { width: 480, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${e2eExtensionDir}`,
      `--load-extension=${e2eExtensionDir}`,
      ...(o.tabCapture ? ['--enable-unsafe-extension-debugging'] : ['--use-fake-ui-for-media-stream']),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wavPath}`,
      ...(o.webgpu === false ? [] : ['--enable-unsafe-webgpu']),
      '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  // Every wait is for a state the page reaches (a shown element, an enabled button), never a pause:
  // the limit only says when a state that never comes is a failure. A loaded machine (16 busy
  // processes on 2 cores) renders a new side panel or answers a command tens of seconds late.
  context.setDefaultTimeout(E2E_ACTION_TIMEOUT_MS);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
