import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import { runOnSentences } from './run-on.js';
import { toSentenceUnits } from './units.js';
import { unpunctuatedSegments, unpunctuatedSentences } from './unpunctuated.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

// An exam dictated to the patient as speech recognition writes it: no capitals, no punctuation.
// Written for these tests (knee sprain, heart and lungs, a child's ears, heart failure).
function draftSpoken(lines: readonly string[]) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    lines.map((text) => ({ speaker: 'unknown' as const, text })),
  );
  const content = draftOffline(segments, soap, resources, { sex: 'female' }).content;
  const text = (id: string) =>
    (content.sections.find((s) => s.id === id)?.sentences ?? []).map((s) => s.text);
  return { content, segments, text };
}

const KNEE = [
  'hi there what brings you in today',
  'i twisted my right knee stepping off a ladder at work on monday and it has been swollen since',
  'okay let me check your blood pressure again it is still high at one fifty over ninety five',
  "i'm going to move it around a little bit you have full range of motion but it's painful when i turn it inward",
  'your heart has a regular rate and rhythm your lungs are clear on both sides on your knee exam there is a small effusion and it is tender along the inside joint line',
  "so i think this is a sprain of the medial collateral ligament we'll get you a hinged brace",
];

describe('exam dictated in unpunctuated speech', () => {
  it('documents each finding as its own sentence in Objective, normal ones too', () => {
    const { text } = draftSpoken(KNEE);
    const objective = text('objective');
    expect(objective).toContain('Her heart has a regular rate and rhythm.');
    expect(objective).toContain('Her lungs are clear on both sides.');
    expect(objective).toContain(
      'On her knee exam there is a small effusion and it is tender along the inside joint line.',
    );
    for (const s of objective) expect(proseDefects(s)).toEqual([]);
    expect(text('assessment').join(' ')).not.toMatch(/effusion|lungs/);
  });

  it('leaves no part of the manoeuvre in front of the finding', () => {
    const { text } = draftSpoken(KNEE);
    const all = [...text('subjective'), ...text('objective')];
    const rom = all.find((s) => /range of motion/.test(s));
    expect(rom).toBe('She has full range of motion but it is painful when she turns it inward.');
    expect(all.join(' ')).not.toMatch(/\baround\b|\bmove\b/i);
  });

  it('keeps what was examined as the subject of the finding said as "it"', () => {
    const { text } = draftSpoken([
      'my daughter has been pulling at her ear since last night',
      'let me take her temperature it is thirty eight point five',
      'let me feel her neck they are a little swollen the glands on the left',
      "let me take your pulse it's about one hundred and ten and regular",
    ]);
    const said = [...text('subjective'), ...text('objective')].join(' ');
    expect(said).not.toMatch(/(?:^|\. )It is (?:about|still)/);
    expect(said).toMatch(/\bpulse is about 110 and regular\b|HR 110/);
  });
});

describe('exam acts announced before what they found', () => {
  it('writes the finding with what was examined as its subject, without the act', () => {
    const segments: TranscriptSegment[] = withSyntheticTimes(
      [
        "I'm just going to feel the pulses in your wrists, they're strong and equal.",
        "What I'm going to do is examine your belly, it's soft and not tender.",
        'Let me see your hands, your knuckles are swollen on both sides.',
      ].map((text) => ({ speaker: 'clinician' as const, text })),
    );
    const content = draftOffline(segments, soap, resources, { sex: 'male' }).content;
    const objective = (content.sections.find((s) => s.id === 'objective')?.sentences ?? []).map(
      (s) => s.text,
    );
    expect(objective).toEqual([
      'The pulses in his wrists are strong and equal.',
      'His belly is soft and not tender.',
      'His knuckles are swollen on both sides.',
    ]);
  });
});

describe('cuts in unpunctuated exam speech', () => {
  const piecesOf = (text: string) => {
    const said = { seq: 1, speaker: 'unknown', text, startMs: 0, endMs: 9000 } as TranscriptSegment;
    return toSentenceUnits([said])
      .flatMap((u) => unpunctuatedSentences(u, unpunctuatedSegments([said])))
      .map((u) => {
        expect(text.slice(u.start, u.end)).toBe(u.text);
        return u.text;
      });
  };

  it('never leaves what was found apart from the verb that found it', () => {
    for (const piece of piecesOf(
      'i listened to your heart and i do not appreciate any murmurs and your lungs sound clear today',
    ))
      expect(piece).not.toMatch(/^any\b|appreciate$/);
  });

  it('never cuts an act on something named from what was found of it', () => {
    for (const piece of piecesOf(
      'okay so now let me check your blood pressure again it is still high at one fifty over ninety five today',
    ))
      expect(piece).not.toMatch(/^it is still high/);
  });
});

describe('runOnSentences on dictated findings', () => {
  it('cuts before a finding named by its owner ("her lungs are clear")', () => {
    expect(runOnSentences('Her heart has a regular rate and rhythm her lungs are clear.')).toEqual([
      'Her heart has a regular rate and rhythm.',
      'Her lungs are clear.',
    ]);
  });

  it('keeps a list of findings after the exam it names as a sentence', () => {
    expect(
      runOnSentences(
        'On her heart exam a soft 2/6 murmur at the apex on her lung exam her lungs have crackles at both bases.',
      ),
    ).toEqual([
      'On her heart exam a soft 2/6 murmur at the apex.',
      'On her lung exam her lungs have crackles at both bases.',
    ]);
  });

  it('closes a subordinate clause with a comma instead of leaving a run-on', () => {
    const said = 'When she is walking uphill she has to stop and rest.';
    expect(proseDefects(said)).toContain('run-on');
    const [one, ...rest] = runOnSentences(said);
    expect(rest).toEqual([]);
    expect(one).toBe('When she is walking uphill, she has to stop and rest.');
    expect(proseDefects(one ?? '')).toEqual([]);
  });
});
