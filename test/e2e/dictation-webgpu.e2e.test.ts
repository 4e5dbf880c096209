import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../../shared/asr/audio/wav.js';
import type { TranscribedSegment } from '../../shared/asr/transcriber/transcriber.js';
import { launchChromium } from './support/browser.js';
import { buildExtensionForE2e } from './support/build-extension.js';
import { configureExtension, openSidePanel, setBackend } from './support/flows.js';
import { nodeSegmentsForWav } from './support/node-reference.js';
import { artifactsDir, jfkWav } from './support/paths.js';
import { shot } from './support/screenshots.js';
import { startStack } from './support/stack.js';

/**
 * The clip: the first 3 s of jfk.wav ("And so my fellow Americans"), one VAD segment, so one 30 s
 * window. A software WebGPU adapter pays for the whole 30 s window in the encoder whatever the
 * clip's length (≈ 8–20 s under SwiftShader on two cores) plus ≈ 0.15 s per token: ≈ 23 s for this
 * clip against ≈ 0.4 s on WASM. One window is what keeps this test under a minute.
 */
const CLIP_SECONDS = 3;

/**
 * Largest Node (WASM) decision margin at which WebGPU may pick a different token: 1e-3, in logits.
 * A backend can only swap the top two tokens where their gap is below the sum of its errors on the
 * two logits. Measured on this clip (same features, teacher-forced on the reference tokens), the
 * WebGPU (SwiftShader) and WASM logits differ by at most 2.0e-5 at every step, with logits of
 * magnitude 28–53 (relative ≈ 4e-7: fp32 kernels summing in different orders); the encoder outputs
 * by 3.2e-6. So 1e-3 (≈ 2e-5 of the logit scale) is 25× the largest gap those differences can
 * close (4e-5), and still below the smallest margin this clip has (0.0028): it excuses float noise,
 * never a disagreement at a decided step.
 */
const MARGIN_TOLERANCE = 1e-3;

/** Where the browser's tokens first leave the reference's, per segment (null when equal). */
function firstDivergence(reference: number[], browser: number[]): number | null {
  const n = Math.max(reference.length, browser.length);
  for (let i = 0; i < n; i++) if (reference[i] !== browser[i]) return i;
  return null;
}

async function transcribeInPanel(panel: Page, clip: string) {
  const result = panel.getByTestId('file-result');
  const previous = await result.count();
  const input = panel.getByTestId('dictation-file');
  // Picking the same file again is no change to the input: empty it first.
  await input.setInputFiles([]);
  await input.setInputFiles(clip);
  // A second run first clears the previous transcript: do not read that one.
  if (previous > 0) await result.waitFor({ state: 'detached' });
  // Software WebGPU is slow, and several times slower on a loaded machine: wait for the result.
  await result.waitFor({ timeout: 400_000 });
  const badge = panel.getByTestId('file-backend');
  const tokens = await panel
    .locator('[data-testid="file-result"] li')
    .evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-tokens') ?? '').split(' ').map(Number)));
  return {
    badge: (await badge.textContent()) ?? '',
    reason: (await badge.getAttribute('title')) ?? '',
    elapsedMs: Number(await badge.getAttribute('data-elapsed-ms')),
    fellBack: await panel.getByTestId('file-backend-reason').count(),
    tokens,
  };
}

describe('dictation file on WebGPU: the tokens equal the Node engine, or differ only at a float tie', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let clip: string;

  beforeAll(async () => {
    buildExtensionForE2e();
    const jfk = decodeWav(new Uint8Array(readFileSync(jfkWav)));
    mkdirSync(artifactsDir, { recursive: true });
    clip = path.join(artifactsDir, `jfk-first-${CLIP_SECONDS}s.wav`);
    writeFileSync(clip, encodeWav(jfk.samples.subarray(0, CLIP_SECONDS * 16000), 16000));
    stack = await startStack();
    browser = await launchChromium(clip);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('runs the clip on the WebGPU execution provider and matches the WASM reference', {
    timeout: 900_000,
  }, async () => {
    const reference: TranscribedSegment[] = await nodeSegmentsForWav(clip, 'en', { margins: true });
    expect(reference).toHaveLength(1);

    const options = await configureExtension(browser.context, {
      serverUrl: stack.proxy.url,
      email: stack.clinician.email,
      password: stack.clinician.password,
      ehrOrigin: stack.ehr.origin,
      backend: 'webgpu',
    });
    // Chromium runs with --enable-unsafe-webgpu; without any adapter this test must fail, not pass on WASM.
    const adapter = await options.evaluate(async () => {
      const gpu = (
        navigator as { gpu?: { requestAdapter(): Promise<{ info: Record<string, unknown> } | null> } }
      ).gpu;
      const a = await gpu?.requestAdapter();
      return a ? { vendor: a.info.vendor, architecture: a.info.architecture } : null;
    });
    expect(adapter, 'Chromium offers no WebGPU adapter (is --enable-unsafe-webgpu set?)').not.toBeNull();
    await options.getByRole('tab', { name: 'Speech model' }).click();
    expect(await options.getByTestId('webgpu-note').textContent()).toContain('software adapters are slow');
    await shot(options, 'options-webgpu');

    const panel = await openSidePanel(browser.context);
    await panel.getByRole('tab', { name: 'Dictation file' }).click();
    const gpu = await transcribeInPanel(panel, clip);
    expect(gpu.badge).toContain('WEBGPU');
    expect(gpu.fellBack).toBe(0);
    expect(gpu.reason).toContain('WebGPU chosen in settings');
    await shot(panel, 'dictation-webgpu');

    expect(gpu.tokens).toHaveLength(reference.length);
    for (const [i, segment] of reference.entries()) {
      const at = firstDivergence(segment.tokens, gpu.tokens[i]!);
      if (at === null) continue;
      // A different token is only acceptable where the reference itself was at a float tie.
      const margin = segment.margins![at]!;
      expect(
        margin,
        `segment ${i} diverges at token ${at} (Node ${segment.tokens[at]}, WebGPU ${gpu.tokens[i]![at]}) where the Node margin is ${margin}`,
      ).toBeLessThan(MARGIN_TOLERANCE);
    }

    // The same clip on WASM in the same panel: exact tokens, and the time to compare against.
    await setBackend(options, 'wasm');
    await panel.bringToFront();
    const wasm = await transcribeInPanel(panel, clip);
    expect(wasm.badge).toContain('WASM');
    expect(wasm.tokens).toEqual(reference.map((s) => s.tokens));
    const equal = JSON.stringify(gpu.tokens) === JSON.stringify(wasm.tokens);
    console.info(
      `WebGPU (${adapter?.vendor} ${adapter?.architecture}) ${gpu.elapsedMs} ms vs WASM ${wasm.elapsedMs} ms ` +
        `for a ${CLIP_SECONDS} s clip; tokens ${equal ? 'equal' : 'differ at a float tie'}; ` +
        `smallest Node margin ${Math.min(...reference.flatMap((s) => s.margins ?? [])).toFixed(4)}`,
    );
  });

  it('without any adapter, the WebGPU setting runs WASM and the panel says why', async () => {
    const bare = await launchChromium(clip, { webgpu: false });
    try {
      await configureExtension(bare.context, {
        serverUrl: stack.proxy.url,
        email: stack.clinician.email,
        password: stack.clinician.password,
        ehrOrigin: stack.ehr.origin,
        backend: 'webgpu',
      });
      const panel = await openSidePanel(bare.context);
      await panel.getByRole('tab', { name: 'Dictation file' }).click();
      const run = await transcribeInPanel(panel, clip);
      expect(run.badge).toContain('WASM');
      expect(run.fellBack).toBe(1);
      expect(await panel.getByTestId('file-backend-reason').textContent()).toContain(
        'WebGPU chosen in settings, but no WebGPU adapter',
      );
      await shot(panel, 'dictation-webgpu-fallback');
    } finally {
      await bare.close();
    }
  });
});
