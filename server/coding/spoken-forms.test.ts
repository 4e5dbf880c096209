import { describe, expect, it } from 'vitest';
import { respelledSegments, respelledSpeech, withStageFigures } from './spoken-forms.js';

describe('respelledSpeech', () => {
  it('joins a word the recogniser split at its combining form, keeping every offset', () => {
    const text = 'she has hyper tension and an under active thyroid, and osteo arthritis of the hip';
    const out = respelledSpeech(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe(
      'she has hypertension and an underactive thyroid, and osteoarthritis of the hip',
    );
    // The words after a join start where they did.
    expect(out.indexOf('thyroid')).toBe(text.indexOf('thyroid'));
  });

  it('writes an abbreviation said letter by letter as one word, and leaves other letters alone', () => {
    expect(respelledSpeech('he has c o p d and a u t i').replace(/\s+/g, ' ').trim()).toBe(
      'he has copd and a uti',
    );
    expect(respelledSpeech('my a fib is back').replace(/\s+/g, ' ')).toBe('my afib is back');
    // Not abbreviations, or one spoken for something else ("p e" is the physical exam).
    expect(respelledSpeech('plan a b c then p e')).toBe('plan a b c then p e');
    expect(respelledSpeech('i a m fine')).toBe('i a m fine');
  });

  it('returns the same segment where nothing changed', () => {
    const plain = { text: 'your knee looks fine' };
    const split = { text: 'the hyper tension is better' };
    const [a, b] = respelledSegments([plain, split]);
    expect(a).toBe(plain);
    expect(b?.text).toHaveLength(split.text.length);
    expect(b?.text.startsWith('the hypertension')).toBe(true);
  });
});

describe('withStageFigures', () => {
  it('writes a stage or type said in words as the titles write it', () => {
    expect(withStageFigures('stage three chronic kidney disease')).toBe('stage 3 chronic kidney disease');
    expect(withStageFigures('chronic kidney disease stage three a')).toBe('chronic kidney disease stage 3a');
    expect(withStageFigures('type two diabetes')).toBe('type 2 diabetes');
    expect(withStageFigures('one more stage')).toBe('one more stage');
  });
});
