import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { draftOffline } from './index.js';
import { withLeadingAnswerApart } from './leading-answer.js';
import type { SentenceUnit } from './units.js';

const unit = (text: string, roleConfidence?: number): SentenceUnit => ({
  seq: 4,
  start: 10,
  end: 10 + text.length,
  speaker: 'clinician',
  text,
  isQuestion: false,
  ...(roleConfidence === undefined ? {} : { roleConfidence }),
});

describe('an answer run into the next question', () => {
  it('is cut from the question, each with its own exact range', () => {
    const [answer, question] = withLeadingAnswerApart(unit('no does he pull at his ears at night', 0.8));
    expect(answer).toMatchObject({ text: 'no', start: 10, end: 12, speaker: 'patient', isQuestion: false });
    expect(question).toMatchObject({
      text: 'does he pull at his ears at night',
      start: 13,
      end: 46,
      speaker: 'clinician',
      isQuestion: true,
    });
  });

  it('keeps a recorded speaker, and leaves a unit that asks nothing after the answer whole', () => {
    expect(withLeadingAnswerApart(unit('yes, any thoughts of hurting yourself'))[0]?.speaker).toBe(
      'clinician',
    );
    const statement = unit('no she has not had any palpitations', 0.9);
    expect(withLeadingAnswerApart(statement)).toEqual([statement]);
    expect(withLeadingAnswerApart(unit('any wheezing', 0.9))).toHaveLength(1);
  });

  it('drafts the answer and the question apart, not as a garbled statement', () => {
    const said = [
      'how has the ankle been since the fall',
      'it is still swollen and i cannot put weight on it',
      'any numbness in your toes',
      'no any bruising on the outside of the foot',
      'yes a big purple bruise',
    ];
    const segments = withSyntheticTimes(said.map((text) => ({ speaker: 'unknown' as const, text })));
    const sentences = draftOffline(segments, getBuiltinTemplate('soap')).content.sections.flatMap(
      (s) => s.sentences,
    );
    expect(sentences.some((s) => /^no any\b/i.test(s.text))).toBe(false);
    // The answer cut off the question answers the question before it.
    expect(sentences.map((s) => s.text)).toContain('Denies numbness in their toes.');
  });
});
