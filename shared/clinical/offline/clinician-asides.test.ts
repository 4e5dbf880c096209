import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker, TranscriptSegment } from '../transcript.js';
import { asideLead, isContentFreeAside } from './clinician-asides.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

/** Lines prefixed "P:" are the patient's, the rest the clinician's. */
function draft(lines: string[]) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    lines.map((line) => {
      const patient = line.startsWith('P:');
      const speaker: Speaker = patient ? 'patient' : 'clinician';
      return { speaker, text: patient ? line.slice(2) : line };
    }),
  );
  const draft = draftOffline(segments, soap, resources, {});
  const sentences = draft.content.sections.flatMap((s) => s.sentences.map((x) => ({ ...x, section: s.id })));
  const said = (seq: number, start: number, end: number) =>
    segments.find((s) => s.seq === seq)?.text.slice(start, end);
  return { sentences, said, dropped: draft.dropped ?? 0 };
}

describe("the clinician's first-person asides", () => {
  it('knows an aside about the clinician or the chart from one that holds something clinical', () => {
    expect(
      isContentFreeAside("I've been meaning to read up on that breathing app you mentioned.", false),
    ).toBe(true);
    expect(isContentFreeAside('So I was just looking through the paperwork they sent over.', false)).toBe(
      true,
    );
    expect(isContentFreeAside('I always tell my patients that sleep is half the battle.', false)).toBe(false);
    expect(isContentFreeAside('I was looking at your x-ray from Tuesday.', false)).toBe(false);
    expect(isContentFreeAside('I was going to say the furosemide helps.', true)).toBe(false);
    expect(isContentFreeAside("I've been doing one of 3 things with these referrals, all fine.", false)).toBe(
      true,
    );
    expect(isContentFreeAside('I have been doing this for 20 years.', false)).toBe(false);
    expect(isContentFreeAside("I've been doing one of 2 things for the colonoscopy.", true)).toBe(false);
    expect(isContentFreeAside('She has been sleeping better.', false)).toBe(false);
  });

  it('finds the order read off the chart and the explanation after "let me tell you what that means"', () => {
    const text = 'It says here they want me to check a BNP today.';
    expect(text.slice(asideLead(text)?.length ?? 0)).toBe('check a BNP today.');
    const said = 'Let me tell you what that means for his ears, it means the fluid has not cleared yet.';
    const lead = asideLead(said);
    expect(lead?.explains).toBe(true);
    expect(said.slice(lead?.length ?? 0)).toBe('the fluid has not cleared yet.');
    expect(asideLead('Check a BNP today.')).toBeUndefined();
  });

  it('leaves out a mental-health visit aside and counts it as dropped', () => {
    const { sentences, dropped } = draft([
      'How has your mood been since we started the sertraline?',
      'P:Better, I am sleeping through the night most nights now.',
      "I've been meaning to read up on that breathing app you mentioned.",
      'Continue sertraline 50 mg daily and follow up in four weeks.',
    ]);
    expect(sentences.some((s) => /breathing app/i.test(s.text))).toBe(false);
    expect(sentences.some((s) => /sertraline 50 mg/i.test(s.text))).toBe(true);
    expect(dropped).toBeGreaterThan(0);
  });

  it('documents the follow-up a telehealth clinician reads off the chart, not the chart talk', () => {
    const { sentences } = draft([
      'Can you hear me okay on the video?',
      'P:Yes, the ankle is a lot better, the swelling is almost gone.',
      'Okay, it says here they want me to schedule a video visit in 3 months.',
      'Keep wearing the brace when you walk and stop the ibuprofen once the pain settles.',
    ]);
    const visit = sentences.find((s) => /video visit/i.test(s.text));
    expect(visit?.text).toBeDefined();
    expect(visit?.text).not.toMatch(/\b(?:says here|they want|me)\b/i);
    expect(sentences.some((s) => /brace/i.test(s.text))).toBe(true);
  });

  it('documents the order a heart-failure clinician reads off the chart, with exact evidence', () => {
    const { sentences, said } = draft([
      'How is the breathing since we doubled the furosemide?',
      'P:Much better, my ankles are not swollen anymore.',
      'It says here they want me to order a chest x-ray today.',
    ]);
    const bnp = sentences.find((s) => /x-ray/i.test(s.text));
    expect(bnp?.text).toBeDefined();
    expect(proseDefects(bnp?.text ?? '')).not.toContain('first-person');
    expect(bnp?.text).not.toMatch(/\b(?:they want|me)\b/i);
    const [range] = bnp?.evidence ?? [];
    expect(range && said(range.seq, range.start, range.end)).toMatch(/^order a chest x-ray today/);
  });

  it('documents what a paediatric clinician explains, without "let me tell you"', () => {
    const { sentences, said } = draft([
      'He finished the amoxicillin on Friday?',
      'P:Yes, and he has no fever, but he still says his ear feels full.',
      'Let me tell you what that means for his ears, it means the fluid has not cleared yet.',
      'We will recheck the ears in four weeks.',
    ]);
    const fluid = sentences.find((s) => /fluid has not cleared/i.test(s.text));
    expect(fluid?.text).not.toMatch(/\b(?:let me|tell you|means)\b/i);
    const [range] = fluid?.evidence ?? [];
    expect(range && said(range.seq, range.start, range.end)).toMatch(/^the fluid has not cleared yet/);
  });

  it("documents a sprain clinician's finding without their relief, with exact evidence", () => {
    const { sentences, said } = draft([
      'How did you land on the ankle?',
      'P:I rolled it stepping off the curb on Saturday.',
      "I'm really glad to see that the x-ray shows no fracture.",
    ]);
    const xray = sentences.find((s) => /fracture/i.test(s.text));
    expect(xray?.text).toBeDefined();
    expect(proseDefects(xray?.text ?? '')).not.toContain('first-person');
    const [range] = xray?.evidence ?? [];
    expect(range && said(range.seq, range.start, range.end)).toMatch(/^the x-ray shows no fracture/);
    const relieved = 'I was so relieved, and her scan came back normal.';
    expect(relieved.slice(asideLead(relieved)?.length ?? 0)).toBe('her scan came back normal.');
  });

  it('drops the aside a heart-failure clinician runs on after a finding, on one microphone', () => {
    const segments: TranscriptSegment[] = withSyntheticTimes([
      { speaker: 'unknown', text: 'My breathing is a lot better since the water pill.' },
      {
        speaker: 'unknown',
        text: 'The swelling in your legs is down. I have been doing one of 3 things with these referrals, and everyone is great.',
      },
    ]);
    const sentences = draftOffline(segments, soap, resources, {}).content.sections.flatMap(
      (s) => s.sentences,
    );
    expect(sentences.some((s) => /swelling in their legs is down/i.test(s.text))).toBe(true);
    expect(sentences.some((s) => /one of 3 things/i.test(s.text))).toBe(false);
  });
});
