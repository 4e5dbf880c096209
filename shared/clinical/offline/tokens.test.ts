import { describe, expect, it } from 'vitest';
import { tokenize, wordCount } from './tokens.js';

describe('wordCount', () => {
  it('counts runs of non-space characters as /\\S+/g does, whatever the white space', () => {
    const texts = [
      '',
      '   ',
      'Sprained  her left ankle\tplaying netball.',
      '\n  He takes 40 mg of furosemide\u00a0daily \u2003 now ',
      'BP 132/84,pulse 88 -- fine\u3000ok\ufeffthen',
      'one',
    ];
    for (const text of texts) expect(wordCount(text)).toBe(text.match(/\S+/g)?.length ?? 0);
    expect(wordCount('Feels low, sleeping poorly\u2028since March')).toBe(6);
  });
});

describe('tokenize', () => {
  it('splits "n\'t" off as spaCy does, keeping offsets, and tokenises a second text from scratch', () => {
    const first = tokenize("She doesn't wheeze", 10);
    expect(first.map((t) => [t.text, t.start, t.end])).toEqual([
      ['She', 10, 13],
      ['does', 14, 18],
      ["n't", 18, 21],
      ['wheeze', 22, 28],
    ]);
    expect(tokenize("Can't sleep, 120/80").map((t) => t.lower)).toEqual([
      'ca',
      "n't",
      'sleep',
      ',',
      '120/80',
    ]);
  });
});
