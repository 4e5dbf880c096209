import { describe, expect, it } from 'vitest';
import { normalizeNumbers } from './numbers.js';

describe('normalizeNumbers', () => {
  it('leaves words that are no number as said, even the names of object properties', () => {
    // "constructor" was found on Object.prototype and written as "0function Object() …".
    expect(normalizeNumbers('my brother works as a constructor now')).toBe(
      'my brother works as a constructor now',
    );
  });

  it('rewrites number words wherever they stand, and text without one unchanged', () => {
    expect(normalizeNumbers('Two weeks ago she took two hundred and fifty milligrams')).toBe(
      '2 weeks ago she took 250 mg',
    );
    expect(normalizeNumbers('the often tender knee,  swollen since monday')).toBe(
      'the often tender knee,  swollen since monday',
    );
  });

  it('leaves an ambiguous run of number words whole rather than reading a number from its tail', () => {
    expect(normalizeNumbers('two fifty fifty one puff')).toBe('two fifty fifty one puff');
    expect(normalizeNumbers('fifty one puffs')).toBe('51 puffs');
  });

  it('reads a three-figure number said with "oh" for its zero as one number', () => {
    expect(normalizeNumbers('her temperature was one oh two at home')).toBe(
      'her temperature was 102 at home',
    );
    expect(normalizeNumbers('max temp one o one point five')).toBe('max temp 101.5');
    // Speech recognition wrote the last figure as a digit already.
    expect(normalizeNumbers('up to one oh 3 overnight')).toBe('up to 103 overnight');
    // An exclamation is no zero.
    expect(normalizeNumbers('oh two more things')).toBe('oh 2 more things');
  });

  it('writes the A1c speech recognition spelled apart as one test name', () => {
    expect(normalizeNumbers('his a one c last month was seven point two')).toBe('his A1c last month was 7.2');
    expect(normalizeNumbers('we will recheck an a 1 c in march')).toBe('we will recheck an A1c in march');
    expect(normalizeNumbers('vitamin c one a day')).toBe('vitamin c one a day');
  });

  it('writes thousands, ratios and spoken points as the in-turn replacements did, each only where its words are', () => {
    // Gated per rule (rule-gate.ts): each case needs the rule to run, the last ones need it skipped.
    const said: Array<[string, string]> = [
      ['her platelets were 1,200 last spring', 'her platelets were 1200 last spring'],
      ['BP one forty over ninety at the telehealth check', 'BP 140/90 at the telehealth check'],
      ['a grade 2 out of 6 murmur in the toddler', 'a grade 2/6 murmur in the toddler'],
      ['temp of ninety eight point six', 'temp of 98.6'],
      ['Point five centimetre laceration over the shin', '0.5 centimetre laceration over the shin'],
      ['sprain of the ankle, point tender laterally', 'sprain of the ankle, point tender laterally'],
      ['mood is low, sleep poor, over the past month', 'mood is low, sleep poor, over the past month'],
    ];
    for (const [text, written] of said) expect(normalizeNumbers(text)).toBe(written);
  });
});
