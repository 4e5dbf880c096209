import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { decodeWav, encodeWav } from '../../../shared/asr/audio/wav.js';
import { extensionId, extensionOrigin, sharedDir } from './paths.js';

/** The remote patient's voice in the demo call: a LibriSpeech utterance (13.3 s, another speaker). */
export const patientWav = path.join(sharedDir, 'data/asr/audio/librispeech-1272-141231-0002.wav');

/**
 * A microphone clip for the fake device: `speech` (the clinician), then silence up to `periodS`
 * seconds, so that the test knows when the room is quiet. Written to `dir`; returns its path.
 */
export function speechThenSilenceWav(speech: string, periodS: number, dir: string): string {
  const { samples, sampleRate } = decodeWav(readFileSync(speech));
  const out = new Float32Array(Math.round(periodS * sampleRate));
  out.set(samples.subarray(0, Math.min(samples.length, out.length)));
  const file = path.join(dir, 'clinician-then-silence.wav');
  writeFileSync(file, encodeWav(out, sampleRate));
  return file;
}

/** A minimal video-visit page whose remote party speaks when the test says so. Synthetic only. */
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo telehealth — video visit</title>
<style>
 body { font-family: system-ui, sans-serif; margin: 0; background: #10161f; color: #e8edf3; }
 header { padding: 10px 16px; background: #1c2633; } main { padding: 16px; }
 .tile { background: #233042; border-radius: 8px; height: 200px; display: grid; place-items: center; }
</style></head>
<body><header>Demo telehealth · Video visit</header>
<main><div class="tile" id="remote-tile">Test Patient (remote)</div>
<audio id="remote" src="/patient.wav" preload="auto"></audio>
<p id="status">waiting</p></main>
<script>
  const remote = document.getElementById('remote');
  remote.addEventListener('ended', () => { document.getElementById('status').textContent = 'ended'; });
  window.patientSpeaks = async () => {
    await remote.play();
    document.getElementById('status').textContent = 'speaking';
    return remote.duration;
  };
</script></body></html>`;

export async function startDemoTelehealth() {
  const wav = readFileSync(patientWav);
  const server = http.createServer((req, res) => {
    if (req.url === '/patient.wav') {
      res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length });
      res.end(wav);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/visit`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const browserSession = (context: BrowserContext): Promise<CDPSession> => {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  return browser.newBrowserCDPSession();
};

/**
 * The microphone permission for the extension, which the permission page would otherwise ask for.
 * Chrome drops the grant when the DevTools session detaches: keep the returned session open.
 */
export async function grantMicrophone(context: BrowserContext): Promise<CDPSession> {
  const cdp = await browserSession(context);
  await cdp.send('Browser.grantPermissions', { permissions: ['audioCapture'], origin: extensionOrigin });
  return cdp;
}

/**
 * What the clinician does in the product: shows the call's tab and clicks the Scribe icon. Chrome
 * runs the action for the active tab of the window (targetId only picks the window).
 */
export async function clickScribeIconOn(context: BrowserContext, tab: Page): Promise<void> {
  await tab.bringToFront();
  const cdp = await browserSession(context);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.url === tab.url());
    if (!target) throw new Error(`no tab target for ${tab.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  } finally {
    await cdp.detach();
  }
}

interface AudioNodeInfo {
  nodeId: string;
  contextId: string;
  nodeType: string;
}

/**
 * Watches the Web Audio graphs of the offscreen recorder through the DevTools protocol (the
 * offscreen document is no Playwright page: a non-flat session to its target). Start it before the
 * graphs are built: Chrome reports nodes and connections as they are made.
 */
export async function watchOffscreenAudio(context: BrowserContext) {
  const cdp = await browserSession(context);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const offscreen = targetInfos.find((t) => t.url === `${extensionOrigin}/offscreen.html`);
  if (!offscreen) throw new Error('the offscreen document does not exist yet');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: offscreen.targetId,
    flatten: false,
  });
  const nodes = new Map<string, AudioNodeInfo>();
  const connections: Array<{ contextId: string; sourceId: string; destinationId: string }> = [];
  const contexts = new Map<string, string>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { method?: string; params?: Record<string, never> };
    const p = message.params as Record<string, Record<string, string>> | undefined;
    if (message.method === 'WebAudio.audioNodeCreated' && p?.node)
      nodes.set(p.node.nodeId!, p.node as unknown as AudioNodeInfo);
    if (message.method === 'WebAudio.nodesConnected' && p)
      connections.push(p as unknown as (typeof connections)[number]);
    if (
      (message.method === 'WebAudio.contextCreated' || message.method === 'WebAudio.contextChanged') &&
      p?.context
    )
      contexts.set(p.context.contextId!, p.context.contextState!);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'WebAudio.enable' }),
  });
  return {
    /** A media stream source (the tab) wired straight to the speakers, in a running context. */
    tabPlayedToSpeakers(): boolean {
      return connections.some((c) => {
        const from = nodes.get(c.sourceId);
        const to = nodes.get(c.destinationId);
        return (
          from?.nodeType === 'MediaStreamAudioSource' &&
          to?.nodeType === 'AudioDestination' &&
          contexts.get(c.contextId) === 'running'
        );
      });
    },
    /** Sources feeding the recorder's worklet (microphone, plus the tab in telehealth mode). */
    workletInputs(): number {
      return connections.filter((c) => nodes.get(c.destinationId)?.nodeType === 'AudioWorklet').length;
    },
    describe(): string {
      return connections
        .map((c) => `${nodes.get(c.sourceId)?.nodeType} → ${nodes.get(c.destinationId)?.nodeType}`)
        .join(', ');
    },
    close: () => cdp.detach(),
  };
}
