import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, getPriority } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { defaultDraftWorkers, startOfflineDraftPool } from './offline-draft-pool.js';
import { DRAFT_WORKER_NICENESS } from './worker-priority.js';

const lines: Array<[TranscriptSegment['speaker'], string]> = [
  ['patient', 'I have had a dry cough for about two weeks and I take lisinopril for high blood pressure.'],
  ['clinician', 'Lungs have scattered wheezes; we will start an albuterol inhaler for mild asthma.'],
];
const transcript = (repeats: number): TranscriptSegment[] =>
  Array.from({ length: repeats * lines.length }, (_, seq) => {
    const [speaker, text] = lines[seq % lines.length]!;
    return { seq, startMs: seq * 4000, endMs: seq * 4000 + 3500, speaker, text, confidence: null };
  });
const template = getBuiltinTemplate('soap');

describe('offline drafting on a pool of worker threads', () => {
  const pool = startOfflineDraftPool({ workers: 2, maxQueued: 4 });
  const single = startOfflineDraftPool({ workers: 1, maxQueued: 0 });
  afterAll(async () => {
    await pool.close();
    await single.close();
  });

  it('defaults to one worker per core', () => {
    expect(defaultDraftWorkers()).toBe(availableParallelism());
    const sized = startOfflineDraftPool();
    expect(sized.size).toBe(defaultDraftWorkers());
    return sized.close();
  });

  it('drafts what the in-thread drafter drafts, several transcripts at once', async () => {
    const inputs = [transcript(1), transcript(3), transcript(2), transcript(5), transcript(4)];
    const drafts = await Promise.all(inputs.map((segments) => pool.run(segments, template)));
    const resources = loadOfflineResources();
    drafts.forEach((draft, i) => {
      expect(draft).toEqual(draftOffline(inputs[i]!, template, resources));
    });
  });

  it('refuses a draft beyond the queue limit with 503 instead of queueing it', async () => {
    const running = single.run(transcript(50), template);
    const refused = await single.run(transcript(1), template).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'service_unavailable', status: 503 });
    expect((await running).content.sections.length).toBeGreaterThan(0);
    // The worker is free again.
    expect((await single.run(transcript(1), template)).content.sections.length).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')(
    'runs its workers below the event loop’s priority (10 nicer), and the event loop at its own',
    async () => {
      const niceOfThreads = () =>
        readdirSync('/proc/self/task').map((tid) => {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          // Fields after the command name (which may hold spaces): nice is the 19th field overall.
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        });
      const own = getPriority();
      const lower = Math.min(19, own + DRAFT_WORKER_NICENESS);
      const before = niceOfThreads().filter((n) => n === lower).length;
      const lowered = startOfflineDraftPool({ workers: 1 });
      try {
        await lowered.run(transcript(1), template);
        expect(niceOfThreads().filter((n) => n === lower).length).toBe(before + 1);
        expect(getPriority()).toBe(own);
      } finally {
        await lowered.close();
      }
    },
  );
});
