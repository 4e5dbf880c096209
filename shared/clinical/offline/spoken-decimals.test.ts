import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { cleanSpeech } from './clean-speech.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import { normalizeNumbers } from './numbers.js';
import { splitSentences } from './sentences.js';
import { isSpokenDecimalPoint, withSpokenDecimals } from './spoken-decimals.js';

describe('a decimal said with no whole part', () => {
  it('keeps its point where the sentence or a bracket opens on it', () => {
    expect(normalizeNumbers('Point five centimetres of redness around the bite.')).toMatch(/^0\.5 /);
    expect(normalizeNumbers('the nodule (point eight centimeters) is unchanged')).toContain('(0.8 cm)');
    expect(normalizeNumbers('Two Point five milligrams of the melatonin at bedtime.')).toMatch(/^2\.5 mg/);
  });

  it('still reads a whole number as one', () => {
    expect(normalizeNumbers('the laceration is five centimeters long')).toBe('the laceration is 5 cm long');
    expect(normalizeNumbers('we can point to the x-ray')).toBe('we can point to the x-ray');
  });
});

// Speech recognition writes "point five" as ". 5", ".5" or "0. 5"; read as a full stop, the size
// becomes ten times what was said.
describe('a decimal point written apart by speech recognition', () => {
  it('is not a sentence end where a unit follows and the word before cannot end a sentence', () => {
    const text = 'the scan shows a . 5 centimeter nodule in the right lobe. we will recheck it';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'the scan shows a . 5 centimeter nodule in the right lobe',
      'we will recheck it',
    ]);
    const dose = 'cut the dose to . 5 milligrams';
    expect(isSpokenDecimalPoint(dose, dose.indexOf('.'))).toBe(true);
    const cyst = 'the cyst is 0. 5 cm across';
    expect(isSpokenDecimalPoint(cyst, cyst.indexOf('.'))).toBe(true);
  });

  it('stays a sentence end where the sentence could end or no unit follows', () => {
    const ended = 'that is what we saw. 5 centimeter cysts are common';
    expect(splitSentences(ended)).toHaveLength(2);
    expect(isSpokenDecimalPoint(ended, ended.indexOf('.'))).toBe(false);
    const noUnit = 'she is about . 5 of them are new';
    expect(isSpokenDecimalPoint(noUnit, noUnit.indexOf('.'))).toBe(false);
  });

  it('is written as a decimal with its zero', () => {
    expect(withSpokenDecimals('a . 5 centimeter cut over the brow')).toBe(
      'a 0.5 centimeter cut over the brow',
    );
    expect(withSpokenDecimals('measuring .8 cm')).toBe('measuring 0.8 cm');
    expect(withSpokenDecimals('it shows a . five centimeter cyst')).toBe('it shows a 0.5 centimeter cyst');
    expect(withSpokenDecimals('a . fivecm')).toBe('a . fivecm');
    expect(withSpokenDecimals('give 0. 25 mg of the digoxin')).toBe('give 0.25 mg of the digoxin');
    expect(withSpokenDecimals('we saw it. 5 mg is too much')).toBe('we saw it. 5 mg is too much');
    expect(cleanSpeech('lower the melatonin to . 5 milligrams at night')).toBe(
      'lower the melatonin to 0.5 mg at night',
    );
  });

  it('reaches the note as the size said, never ten times it', () => {
    const segments = withSyntheticTimes(
      [
        'so the ultrasound of your kidney showed a . 5 centimeter stone in the left ureter',
        'okay is that small',
        'yes most stones that size pass on their own so drink plenty of water',
      ].map((text) => ({ speaker: 'unknown' as const, text })),
    );
    const content = draftOffline(segments, getBuiltinTemplate('soap'), loadOfflineResources(), {}).content;
    const sentences = content.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
    expect(sentences).toContain('0.5 cm stone');
    expect(sentences).not.toMatch(/(?<![.\d])5 cm/);
  });

  it('names the problem without the size said before it', () => {
    const segments = withSyntheticTimes(
      [
        'i looked at the ct scan that the emergency room ordered and it does show a seven millimeter kidney stone sitting in the left ureter',
      ].map((text) => ({ speaker: 'unknown' as const, text })),
    );
    const content = draftOffline(segments, getBuiltinTemplate('soap'), loadOfflineResources(), {}).content;
    const all = JSON.stringify(content);
    expect(all).toMatch(/Kidney stone/);
    expect(all).not.toMatch(/Seven millimeter kidney stone|7 mm kidney stone:/i);
  });
});
