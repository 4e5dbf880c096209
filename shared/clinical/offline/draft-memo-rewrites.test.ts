import { describe, expect, it } from 'vitest';
import { clinicianVoice } from './clinician-voice.js';
import { withDraftMemo } from './draft-memo.js';
import { withoutNarration } from './prose-repair.js';

// Spoken sentences of several specialties (own wording), some with narration or the clinician's "I".
const SPOKEN = [
  "let me have a look at that ankle, it's swollen over the outside",
  "i'm going to press on your belly now, any pain there",
  'we will listen to the baby’s chest, it sounds clear on both sides',
  "I'll review his echo, the ejection fraction is 35 percent",
  'I am going to increase the sertraline to 100 milligrams',
  'I do not see any redness around the incision',
  'on the video the rash looks like it is fading',
  'the swelling in her legs is better since the diuretic was started',
  '',
];

describe('rewrites remembered per draft', () => {
  it('give the same text inside a draft, asked twice, as outside one', () => {
    for (const rewrite of [withoutNarration, clinicianVoice]) {
      const outside = SPOKEN.map(rewrite);
      const inside = withDraftMemo(() => [SPOKEN.map(rewrite), SPOKEN.map(rewrite)]);
      expect(inside).toEqual([outside, outside]);
    }
  });

  it('still take out narration and the first person (the memo returns real rewrites)', () => {
    withDraftMemo(() => {
      expect(withoutNarration("let me have a look at that ankle, it's swollen over the outside")).not.toMatch(
        /let me/i,
      );
      expect(clinicianVoice('I do not see any redness around the incision')).not.toMatch(/\bI\b/);
    });
  });
});
