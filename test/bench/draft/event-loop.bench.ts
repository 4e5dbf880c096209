/**
 * How long drafting one long transcript stalls the server's event loop: the offline drafter on
 * the event loop vs on the worker thread the server uses. Prints the longest event-loop delay
 * while drafting 50 KB, the default MAX_TRANSCRIPT_CHARS (200 KB) and 750 KB. Goal: under 250 ms
 * on the worker (cloning the transcript and the draft is all the event loop still does).
 * Usage: npm run bench:draft-event-loop
 */
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startOfflineDraftWorker } from '../../../server/drafting/offline-draft-worker.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import { loadAciSplit } from '../../eval/notes/aci-data.js';

const GOAL_MS = 250;
const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const source = loadAciSplit('train').flatMap((r) => parseAciDialogue(r.dialogue).segments);
const transcriptOf = (chars: number) => {
  const out = [];
  for (let seq = 0, n = 0; n < chars; seq++) {
    const s = source[seq % source.length]!;
    out.push({ ...s, seq, startMs: seq * 1000, endMs: seq * 1000 + 900 });
    n += s.text.length;
  }
  return out;
};

async function stall(run: () => Promise<unknown>): Promise<{ maxDelayMs: number; wallMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  // Let the histogram's timer start before the draft can block the loop.
  await new Promise((r) => setTimeout(r, 20));
  const t0 = performance.now();
  await run();
  const wallMs = performance.now() - t0;
  // One more turn so the histogram sees a delay that ended with the draft.
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  return { maxDelayMs: h.max / 1e6, wallMs };
}

const worker = startOfflineDraftWorker();
await worker.run(transcriptOf(1_000), template);
let failed = false;
for (const kb of [50, 200, 750]) {
  const segments = transcriptOf(kb * 1000);
  const inThread = await stall(async () => draftOffline(segments, template, resources));
  const onWorker = await stall(() => worker.run(segments, template));
  if (onWorker.maxDelayMs > GOAL_MS) failed = true;
  console.log(
    `${String(kb).padStart(4)} KB: event loop stalled ${inThread.maxDelayMs.toFixed(0)} ms drafting on it, ` +
      `${onWorker.maxDelayMs.toFixed(0)} ms with the worker (draft ${onWorker.wallMs.toFixed(0)} ms)`,
  );
}
await worker.close();
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
console.log(
  failed
    ? `FAIL: a stall over ${GOAL_MS} ms with the worker`
    : `ok: every stall under ${GOAL_MS} ms with the worker`,
);
process.exit(failed ? 1 : 0);
