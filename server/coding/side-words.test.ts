import { describe, expect, it } from 'vitest';
import { beforeRightOrLeft, matchesAt, sideWordsOf } from './side-words.js';

const TEXTS = [
  'My right knee hurts, and the left knee is fine.\nCompared to the left knee, the right one is swollen.',
  'Both knees ache on the stairs; the knee on the right is worse than the knee on the left.',
  'The elbow    on your   left side was bumped.  Right elbow, right   wrist, left-handed.',
  'Telehealth follow-up: her heart failure is stable, no swelling in the legs, right?',
  'He left the house, then came right back; bilateral hand tingling since Monday. LEFT HAND worse.',
  'Leftover soup, rightly so; knees right now are fine. Thumb is on the left. Toes on your right',
  '',
];
const SITES = ['knees?', 'hands?|wrists?|arms?|elbows?|legs?|limbs?', 'toes?|foot|feet', 'thumbs?'];

function patterns(words: string) {
  return {
    before: new RegExp(`\\b(right|left|both|bilateral)\\s+(?:[a-z']+\\s+){0,2}?(?:${words})\\b`, 'gi'),
    after: new RegExp(
      `\\b(?:${words})\\s+(?:is |are )?(?:on )?(?:the |your |my |his |her )?(right|left)\\b(?! now| away| there| here)`,
      'gi',
    ),
  };
}
const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m[1]]);

describe('side words', () => {
  it('finds where each side is said, once per text', () => {
    const sides = sideWordsOf('The right ankle, then both wrists, the left one worse; bilateral.');
    expect(sides.starts).toHaveLength(4);
    expect(sides.rightOrLeft).toHaveLength(2);
    expect(sides.longestSpace).toBe(1);
    expect(sideWordsOf('no side is said of the sprain').starts).toEqual([]);
  });

  it('finds the matches a full scan finds, trying only where a side was said', () => {
    for (const text of TEXTS) {
      const sides = sideWordsOf(text);
      for (const words of SITES) {
        const { before, after } = patterns(words);
        expect(found(matchesAt(before, text, sides.starts))).toEqual(found(text.matchAll(before)));
        const reach = words.length + sides.longestSpace + 'are on your '.length;
        expect(found(matchesAt(after, text, beforeRightOrLeft(sides, reach)))).toEqual(
          found(text.matchAll(after)),
        );
      }
    }
  });

  it('misses a match that starts where it was not told to look (the starts must cover every match)', () => {
    const text = 'the left knee and the right knee';
    const { before } = patterns('knees?');
    expect(found(matchesAt(before, text, [4]))).toEqual([[4, 'left knee', 'left']]);
    expect(found(matchesAt(before, text, sideWordsOf(text).starts))).toHaveLength(2);
  });
});
