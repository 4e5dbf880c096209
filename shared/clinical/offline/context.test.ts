import { describe, expect, it } from 'vitest';
import { assertionOf, compileContextRules, findModifiers } from './context.js';
import { parseMedspacyContextRules, parseNegexTriggers } from './context-rules.js';
import { loadOfflineResources } from './node-resources.js';
import { findProblems } from './problem-lexicon.js';
import type { OfflineResources } from './resources.js';
import { builtinResources } from './resources.js';
import { tokenize } from './tokens.js';

function assertionsIn(sentence: string, resources: OfflineResources): Record<string, string> {
  const tokens = tokenize(sentence);
  const modifiers = findModifiers(tokens, resources.context);
  return Object.fromEntries(
    findProblems(tokens, resources.problems).map((p) => [
      p.normalized,
      assertionOf(p.start, p.end, modifiers),
    ]),
  );
}

const sets: Array<[string, () => OfflineResources]> = [
  ['built-in rules', builtinResources],
  ['medspaCy + NegEx files', () => loadOfflineResources()],
];

describe.each(sets)('ConText with %s', (_name, load) => {
  const resources = load();

  it('negates findings after a negation trigger', () => {
    expect(assertionsIn('no chest pain or shortness of breath', resources)).toEqual({
      'chest pain': 'negated',
      'shortness of breath': 'negated',
    });
    expect(assertionsIn("i don't have any fever", resources)).toEqual({ fever: 'negated' });
    expect(assertionsIn('patient denies nausea', resources)).toEqual({ nausea: 'negated' });
  });

  it('ends the negation scope at a terminating conjunction', () => {
    expect(assertionsIn('no fever but she has a cough', resources)).toEqual({
      fever: 'negated',
      cough: 'present',
    });
  });

  it('marks possible, historical, family and hypothetical findings', () => {
    expect(assertionsIn('this could be pneumonia', resources)).toEqual({ pneumonia: 'possible' });
    expect(assertionsIn('she has a history of asthma', resources)).toEqual({ asthma: 'historical' });
    expect(assertionsIn('my mother had breast cancer', resources)).toEqual({ 'breast cancer': 'family' });
    expect(assertionsIn('call me if you get a fever', resources)).toEqual({ fever: 'hypothetical' });
  });

  it('leaves plain findings present', () => {
    expect(assertionsIn("i've had this headache for three days", resources)).toEqual({ headache: 'present' });
  });
});

describe('rule file parsers', () => {
  it('reads spaCy token patterns with IN and optional tokens', () => {
    const rules = parseMedspacyContextRules({
      context_rules: [
        {
          category: 'NEGATED_EXISTENCE',
          literal: 'not',
          direction: 'FORWARD',
          pattern: [{ LOWER: { IN: ['not', "n't"] } }, { LOWER: { IN: ['have', 'had'] }, OP: '?' }],
        },
      ],
    });
    const compiled = compileContextRules(rules);
    const tokens = tokenize('did not have pain');
    expect(findModifiers(tokens, compiled)).toEqual([
      { category: 'negated', direction: 'forward', start: 1, end: 3 },
    ]);
  });

  it('reads NegEx trigger lines and rejects malformed rule files', () => {
    const rules = parseNegexTriggers(
      'denies\t\t[PREN]\nwas ruled out\t\t[POST]\nbut\t\t[CONJ]\ngarbage line\n',
    );
    expect(rules.map((r) => [r.literal, r.category, r.direction])).toEqual([
      ['denies', 'negated', 'forward'],
      ['was ruled out', 'negated', 'backward'],
      ['but', 'any', 'terminate'],
    ]);
    expect(() => parseMedspacyContextRules({ rules: [] })).toThrow(/medspaCy/);
  });

  it('lets a pseudo-trigger block a negation ("no change")', () => {
    const resources = loadOfflineResources();
    expect(assertionsIn('no change in the rash', resources)).toEqual({ rash: 'present' });
  });
});
