import { afterAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { ReleaseData } from '../coding/release-data.js';
import { startOfflineDraftWorker } from './offline-draft-worker.js';

const lines: Array<[TranscriptSegment['speaker'], string]> = [
  ['clinician', 'What brings you in today?'],
  ['patient', 'I have had a dry cough for about two weeks and some wheezing at night.'],
  ['clinician', 'Any fever or chest pain?'],
  ['patient', 'No fever. I take lisinopril for high blood pressure and I am allergic to penicillin.'],
  [
    'clinician',
    'Lungs have scattered wheezes. I think this is mild asthma; we will start an albuterol inhaler.',
  ],
];
const transcript = (repeats: number): TranscriptSegment[] =>
  Array.from({ length: repeats * lines.length }, (_, seq) => {
    const [speaker, text] = lines[seq % lines.length]!;
    return { seq, startMs: seq * 4000, endMs: seq * 4000 + 3500, speaker, text, confidence: null };
  });

describe('offline drafting on a worker thread', () => {
  const worker = startOfflineDraftWorker();
  afterAll(() => worker.close());
  const template = getBuiltinTemplate('soap');

  it('drafts exactly what the in-thread drafter drafts', async () => {
    const segments = transcript(2);
    expect(await worker.run(segments, template)).toEqual(
      draftOffline(segments, template, loadOfflineResources()),
    );
  });

  it("writes the pronoun from the patient's recorded sex, and 'the patient' without one", async () => {
    const segments = transcript(1);
    const texts = async (sex?: 'female' | 'male') =>
      (await worker.run(segments, template, sex ? { sex } : {})).content.sections
        .flatMap((s) => s.sentences.map((x) => x.text))
        .join(' ');
    expect(await texts('female')).toMatch(/\bShe takes lisinopril\b/);
    expect(await texts('male')).toMatch(/\bHe takes lisinopril\b/);
    const unstated = await texts();
    expect(unstated).toMatch(/\bThe patient takes lisinopril\b/);
    expect(unstated).not.toMatch(/\b(?:she|he)\b/i);
  });

  it('leaves the event loop free while a long transcript is drafted', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let ticksWhenDone = -1;
    await worker.run(transcript(400), template).then(() => {
      ticksWhenDone = ticks;
    });
    clearInterval(timer);
    // On the event loop the draft would finish before a single timer could fire.
    expect(ticksWhenDone).toBeGreaterThan(0);
  });

  it("a release whose index cannot be built is reported (its error's class only), and the draft still comes back", async () => {
    const failures: Array<{ releaseId: string; errorName: string }> = [];
    // Release data without its codes: building the candidate index throws on the worker.
    const broken = startOfflineDraftWorker(
      async () => ({ codes: null }) as unknown as ReleaseData,
      (failure) => failures.push(failure),
    );
    try {
      // prepare resolves once the worker has tried to build the index: its failure is known by then.
      await broken.prepare('r1');
      expect(failures).toEqual([{ releaseId: 'r1', errorName: 'TypeError' }]);
      const segments = transcript(1);
      const draft = await broken.run(segments, template, {}, undefined, {
        releaseId: 'r1',
        setting: 'outpatient',
      });
      expect(draft).toEqual(draftOffline(segments, template, loadOfflineResources()));
      expect(draft.codes).toBeUndefined();
      expect(failures).toEqual([{ releaseId: 'r1', errorName: 'TypeError' }]);
      // Code suggestion on this worker fails, so the caller suggests on its own thread.
      await expect(
        broken.suggest({ mentions: [], segments, content: draft.content, setting: 'outpatient' }, 'r1'),
      ).rejects.toThrow(/offline drafting failed \(Error\)/);
    } finally {
      await broken.close();
    }
  });

  it('a closed worker is replaced on the next draft', async () => {
    await worker.close();
    const draft = await worker.run(transcript(1), template);
    expect(draft.content.sections.length).toBeGreaterThan(0);
  });
});
