import { describe, expect, it } from 'vitest';
import { literalConditions, requiredLiterals } from './regex-literals.js';

describe('requiredLiterals', () => {
  it('spells out a fixed phrase, lower-cased', () => {
    expect(requiredLiterals(/\bWeigh Yourself\b/)).toEqual(['weigh yourself']);
  });

  it('keeps one text per alternative, without those containing another', () => {
    expect(requiredLiterals(/\b(?:wheez(?:e|ing)|crackles|rales)\b/i)?.sort()).toEqual([
      'crackles',
      'rales',
      'wheeze',
      'wheezing',
    ]);
    expect(requiredLiterals(/\bsplint(?:s|ed)?\b/i)).toEqual(['splint']);
  });

  it('prefers the rarer part of a sequence to a short common word', () => {
    expect(requiredLiterals(/\bi (?:\w+ )?(?:prescribed|ordered)\b/i)?.sort()).toEqual([
      'ordered',
      'prescribed',
    ]);
  });

  it('reads a small letter class as its letters and skips lookarounds', () => {
    expect(requiredLiterals(/(?<!\bno )[Ss]tage\s+\d/)).toEqual(['stage']);
    expect(requiredLiterals(/(?=.*\bcough)wet/)).toEqual(['wet']);
  });

  it('relies on nothing that is only optional or could be any text', () => {
    expect(requiredLiterals(/\s+([,.?!])/)).toEqual([',', '.', '?', '!']);
    expect(requiredLiterals(/(?:very )?\d+ mg|\w+/)).toBeUndefined();
    expect(requiredLiterals(/(?:anxious)?\s*/)).toBeUndefined();
    expect(requiredLiterals(/(\w+) \1/)).toEqual([' ']);
  });

  it('gives up on unicode mode, whose case folding reaches beyond ASCII', () => {
    expect(requiredLiterals(/kelvin/iu)).toBeUndefined();
  });

  it('reads escapes and literal braces as the characters they stand for', () => {
    expect(requiredLiterals(/\{dose\}\.\//)).toEqual(['{dose}./']);
    expect(requiredLiterals(/\x41spirin/i)).toEqual(['spirin']);
  });

  it('keeps a repeated piece as needed once', () => {
    expect(literalConditions(/(?:very )+tired/)).toEqual([['very '], ['very tired']]);
    expect(requiredLiterals(/(?:ha){2,}/)).toEqual(['ha']);
  });

  it('runs the pieces around a repeated one on into its first and last saying', () => {
    // "um+" is "um", "umm", ...: each contains "um", though "m+" alone is only "m".
    expect(requiredLiterals(/\b(?:um+|uh+|hmm+)\b/i)?.sort()).toEqual(['hmm', 'uh', 'um']);
    expect(literalConditions(/\bno+ way\b/)).toEqual([['o way'], ['no']]);
    // No run across a piece that may be said no times: "kac" has neither "kaa" nor "kac" + "b".
    expect(literalConditions(/ka+b*ck/)).toEqual([['ka'], ['ck']]);
  });
});

describe('literalConditions', () => {
  it('adds other parts of the sequence every match also needs, shortest list first', () => {
    const conditions = literalConditions(/\b(?:she|he) (?:has been|was) (?:limping|guarding)\b/i);
    expect(conditions[0]).toEqual(['he']);
    expect(conditions[1]?.sort()).toEqual(['has been', 'was']);
  });

  it('is empty when nothing can be relied on', () => {
    expect(literalConditions(/\d+/)).toEqual([]);
  });
});

/** Every text the pattern matches contains a literal of each condition (the property the gate needs). */
describe('soundness on sample sentences', () => {
  const patterns = [
    /\bi(?:'d| would)? (?:describe|call) (?:that|this|it) as\b/gi,
    /(?<=\b(?:issues?|problems?))\s+(?:that |which )?(?:i|we)(?: have|'ve)? (?:seen|noticed|found)\b/gi,
    /^(?:so |and )?(?:take|finish|wear|ice|elevate) (?:the |your )?\w+/i,
    /\b(?:follow[- ]?up|come back) in \d+ (?:days?|weeks?)\b/i,
    /\b(\w+ \w+)(?: (?:any|a|an|the))+,\s+(?=\1\b)/gi,
    /\b(?:um+|uh+|hmm+)\b,? (?:the )+(?:knee|ankle)+s?\b/gi,
  ];
  const sentences = [
    'I would describe that as a mild sprain of the ankle.',
    'The main problems that we have noticed are the swelling and the night cough.',
    'So take the inhaler twice a day and come back in 2 weeks.',
    'Finish your antibiotic, then follow-up in 10 days.',
    'She needs to give any, she needs to give her any iron.',
    'Wear the splint at night; I would call it carpal tunnel syndrome.',
    'Ice your knee.',
    'Ummm, the the kneees feel stiff; uh the ankle too.',
  ];
  for (const re of patterns)
    it(re.source.slice(0, 40), () => {
      const conditions = literalConditions(re);
      for (const s of sentences) {
        re.lastIndex = 0;
        if (!re.test(s)) continue;
        const lower = s.toLowerCase();
        for (const c of conditions) expect(c.some((l) => lower.includes(l))).toBe(true);
      }
    });
});
