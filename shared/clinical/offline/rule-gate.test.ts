import { describe, expect, it } from 'vitest';
import { firstMatching, gatedTest, matchingAny, replacingInTurn } from './rule-gate.js';

const RULES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/\bi (?:have|'ve) been told(?: that)?,?\s+/gi, ''],
  [/\bgon na\b/gi, 'going to'],
  [/\s+([,.?!])/g, '$1'],
  [/\bmy (impression|plan)\b/gi, 'the $1'],
  [/\b(\d+) over (\d+)\b/g, '$1/$2'],
  // A replacement function that itself runs a gated list (re-entrance).
  [/\bBP (\S+)/g, (_m, v) => `blood pressure ${inner(v ?? '')}`],
];
const inner = replacingInTurn([[/\b(\d+) slash (\d+)\b/g, '$1/$2']]);

const plainly = (text: string): string => {
  let s = text;
  for (const [re, to] of RULES) s = typeof to === 'string' ? s.replace(re, to) : s.replace(re, to);
  return s;
};

const SENTENCES = [
  "I've been told that her knee gave way twice , and we're gon na get an MRI .",
  'My plan is to see him back in 6 weeks; my impression is a rotator cuff tear.',
  'His blood pressure was 150 over 90 today.',
  'BP 140 slash 85 and her pulse is regular.',
  'The toddler has had a fever for three days with a barking cough.',
  'I HAVE BEEN TOLD, the rash started after the new detergent.',
  '',
  'x',
];

describe('replacingInTurn', () => {
  const gated = replacingInTurn(RULES);
  it('gives what replacing with every rule in turn gives', () => {
    for (const s of SENTENCES) expect(gated(s)).toBe(plainly(s));
  });

  it('still applies a rule whose words appear only after an earlier rule ran', () => {
    const chain = replacingInTurn([
      [/\bBP\b/g, 'blood pressure'],
      [/\bblood pressure (\d+)/g, 'blood pressure of $1'],
    ]);
    expect(chain('BP 120 at rest')).toBe('blood pressure of 120 at rest');
  });
});

/** A pattern that counts how often it is run (tested, searched or replaced with). */
class CountingRegExp extends RegExp {
  runs = 0;
  override exec(text: string): RegExpExecArray | null {
    this.runs++;
    return super.exec(text);
  }
}

describe('replacingInTurn, skipping', () => {
  it('runs a rule whose one literal is a character only on a text with that character', () => {
    const cutOff = new CountingRegExp(String.raw`\b([a-z]{4,})-(?=\s)`, 'gi');
    const tidy = replacingInTurn([[cutOff, '$1']]);
    expect(tidy('the wheezing started after the cold')).toBe('the wheezing started after the cold');
    expect(cutOff.runs).toBe(0);
    expect(tidy('the wheez- wheezing started at night')).toBe('the wheez wheezing started at night');
    expect(cutOff.runs).toBeGreaterThan(0);
  });

  it('tests a "$" or function replacement first and leaves lastIndex as replace would', () => {
    const dose = /\b(\d+) milligrams\b/g;
    dose.lastIndex = 30;
    const write = replacingInTurn([
      [dose, '$1 mg'],
      [/\b(sertraline)\b/gi, (m: string) => m.toLowerCase()],
    ]);
    expect(write('Sertraline 50 milligrams daily for low mood')).toBe('sertraline 50 mg daily for low mood');
    expect(dose.lastIndex).toBe(0);
    dose.lastIndex = 3;
    // The words are there, the dose is not: tested, not replaced.
    expect(write('how many milligrams is the inhaler')).toBe('how many milligrams is the inhaler');
    expect(dose.lastIndex).toBe(0);
  });
});

describe('firstMatching and matchingAny', () => {
  const CUES: Array<[string, RegExp]> = [
    ['follow-up', /\bcome back in \d+ (?:days?|weeks?)\b/i],
    ['plan', /\b(?:start|continue|stop) (?:the )?\w+/i],
    ['exam', /\b(?:tender|swollen|erythematous)\b/i],
  ];
  const first = firstMatching(CUES, ([, re]) => re);
  it('finds the first rule that matches, as find would', () => {
    for (const s of [
      'Come back in 2 weeks and continue the sertraline.',
      'The ankle is swollen; stop the ibuprofen.',
      'He feels anxious before the telehealth call.',
    ])
      expect(first(s)).toBe(CUES.find(([, re]) => re.test(s)));
  });

  it('answers whether any pattern matches', () => {
    const any = matchingAny(CUES.map(([, re]) => re));
    expect(any('the calf is tender')).toBe(true);
    expect(any('she slept well last night')).toBe(false);
  });

  it('keeps testing a global pattern, whose test moves lastIndex', () => {
    const re = /\bwheeze\b/g;
    const any = matchingAny([re]);
    expect(any('a wheeze on the left')).toBe(true);
    expect(re.lastIndex).toBeGreaterThan(0);
  });
});

describe('gatedTest', () => {
  it('answers as the pattern does, also on a text tested again after another was stamped', () => {
    const heartFailure = gatedTest(/\b(?:orthopnea|paroxysmal nocturnal dyspnea|pedal edema)\b/i);
    const mood = gatedTest(/\b(?:low mood|anhedonia|panic attacks?)\b/i);
    const text = 'Reports Orthopnea and pedal edema since the furosemide was stopped.';
    expect(heartFailure(text)).toBe(true);
    expect(mood(text)).toBe(false);
    expect(mood('Reports panic attacks at school, worse on Mondays.')).toBe(true);
    expect(heartFailure(text)).toBe(true);
    expect(heartFailure('Sleeps on one pillow; no swelling of the ankles.')).toBe(false);
  });
});
