import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker, TranscriptSegment } from '../transcript.js';
import { isBareExamAct, statesFinding } from './exam-act-follow.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import type { SentenceUnit } from './units.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

/** Lines prefixed "P:" are the patient's, the rest the clinician's; `unknown` drops the labels. */
function draft(lines: string[], unknown = false) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    lines.map((line) => {
      const patient = line.startsWith('P:');
      const speaker: Speaker = unknown ? 'unknown' : patient ? 'patient' : 'clinician';
      return { speaker, text: patient ? line.slice(2) : line };
    }),
  );
  const content = draftOffline(segments, soap, resources, {}).content;
  const sentences = content.sections.flatMap((s) => s.sentences.map((x) => ({ ...x, section: s.id })));
  const said = (seq: number, start: number, end: number) =>
    segments.find((s) => s.seq === seq)?.text.slice(start, end);
  return { sentences, said };
}

const unit = (text: string, speaker: Speaker = 'clinician'): SentenceUnit =>
  ({ seq: 0, start: 0, end: text.length, text, speaker, isQuestion: text.endsWith('?') }) as SentenceUnit;

describe('the finding said after an exam act of its own', () => {
  it('knows a bare act from one that already states what it found', () => {
    expect(isBareExamAct(unit("Now I'll shine a light in his eyes."))).toBe(true);
    expect(isBareExamAct(unit('Let me take a quick listen to her chest.'))).toBe(true);
    expect(isBareExamAct(unit('Let me listen to your chest, it sounds clear.'))).toBe(false);
    expect(isBareExamAct(unit('Can I look at your throat?'))).toBe(false);
    expect(isBareExamAct(unit('Let me look at your rash.', 'patient'))).toBe(false);
  });

  it('takes a statement of what was found, not a question or an instruction', () => {
    expect(statesFinding(unit('Tonsils are enlarged without exudate.'))).toBe(true);
    expect(statesFinding(unit('Is it tender when I press?'))).toBe(false);
    expect(statesFinding(unit('Take a deep breath for me.'))).toBe(false);
  });

  it('documents the pupils after "let me look in your eyes" (headache, telehealth-free)', () => {
    const { sentences, said } = draft([
      'What brings you in?',
      'P:Headaches every afternoon for about two weeks, mostly behind my forehead.',
      'Let me look in your eyes with the light.',
      'Pupils are equal and reactive to light.',
      'This sounds like a tension type headache. Take ibuprofen 400 mg as needed.',
    ]);
    const pupils = sentences.find((s) => /pupils/i.test(s.text));
    expect(pupils?.section).toBe('objective');
    expect(pupils?.text).toBe('Pupils are equal and reactive to light.');
    const [range] = pupils?.evidence ?? [];
    expect(range && said(range.seq, range.start, range.end)).toBe('Pupils are equal and reactive to light');
  });

  it('documents the throat after a look on video, labels removed (paediatric telehealth)', () => {
    const { sentences } = draft(
      [
        'Can you see me okay on the screen?',
        'P:Yes. She has had a sore throat and a fever of 38.9 since yesterday and will not eat.',
        "Let's take a look at her throat, open wide for me sweetheart.",
        'Tonsils are enlarged without exudate.',
        "I'd like to start amoxicillin 250 mg twice a day for ten days.",
      ],
      true,
    );
    const tonsils = sentences.find((s) => /tonsils/i.test(s.text));
    expect(tonsils?.section).toBe('objective');
    expect(proseDefects(tonsils?.text ?? '')).toEqual([]);
  });

  it('leaves a remark after the act undocumented (mental health)', () => {
    const { sentences } = draft([
      'How has your sleep been since the last visit?',
      'P:Better, about six hours most nights, and the panic attacks are down to one a week.',
      "I'm going to check your pulse.",
      'Thanks for coming in on time.',
      'Continue sertraline 50 mg daily and follow up in four weeks.',
    ]);
    expect(sentences.some((s) => /thanks|on time/i.test(s.text))).toBe(false);
  });
});

describe('talk that opens a clinician sentence, left out of the draft', () => {
  it('keeps the order glued to an interjection, with the order as evidence (heart failure)', () => {
    const { sentences, said } = draft([
      'How are the ankles since the water pill was doubled?',
      'P:Much less swollen, and I can lie flat again with two pillows.',
      'Awesome weigh yourself every morning before breakfast.',
      'Great, keep taking the furosemide 40 mg twice a day.',
    ]);
    const weigh = sentences.find((s) => /weigh/i.test(s.text));
    expect(weigh?.section).toBe('plan');
    expect(weigh?.text).not.toMatch(/awesome/i);
    const [range] = weigh?.evidence ?? [];
    expect(range && said(range.seq, range.start, range.end)).toBe(
      'weigh yourself every morning before breakfast',
    );
    for (const s of sentences) expect(proseDefects(s.text)).not.toContain('filler');
  });

  it('documents what was explained as the assessment, without the explaining lead (sprain)', () => {
    const { sentences, said } = draft(
      [
        'How did you hurt the ankle?',
        'P:I stepped off a curb on Saturday and rolled it inward, and it swelled right up.',
        'The ankle is swollen and tender over the outer ligaments. No tenderness over the bones.',
        'Essentially what that means, Sam, is that the ligaments on the outside are stretched, a sprain.',
        'Wear the brace for two weeks and come back if it is not better.',
      ],
      true,
    );
    for (const s of sentences) expect(s.text).not.toMatch(/what (?:that|this) means/i);
    const explained = sentences.find((s) => /ligaments on the outside/i.test(s.text));
    expect(explained?.section).toBe('assessment');
    expect(explained?.review).toBeUndefined();
    const [range] = explained?.evidence ?? [];
    expect(range && said(range.seq, range.start, range.end)).toMatch(/^the ligaments on the outside/);
  });
});
