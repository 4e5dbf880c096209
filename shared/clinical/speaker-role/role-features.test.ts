import { describe, expect, it } from 'vitest';
import { builtinRoleModel } from './index.js';
import { classifierLogits, type RoleUnit } from './infer-roles.js';
import { featuresAt, roleFeatures } from './role-features.js';
import { QUANTUM } from './role-model.js';

// A telehealth follow-up for heart failure and a child's earache, in no one's words but ours.
const lines: Array<[string, boolean]> = [
  ['Hi, can you hear me all right on the video?', true],
  ['Yes, I can see you fine now.', false],
  ['How has the breathing been since we raised the water pill to 40 mg?', true],
  ['Better, I only need two pillows and my weight is down 3 pounds.', false],
  ['Keep weighing yourself every morning and call us if it goes up.', false],
  ['Okay.', false],
  ['Her ear has hurt since Tuesday and she pulls at it at night', false],
  ['Does she have a fever?', true],
  ['No no no, not that we noticed.', false],
];
const units: RoleUnit[] = lines.map(([text, isQuestion], seq) => ({ seq, text, isQuestion }));

describe('roleFeatures', () => {
  it('names each feature once, its words and pairs, its opening, length, neighbours and acts', () => {
    const features = roleFeatures({
      text: 'No no, take it twice a day?',
      isQuestion: false,
      index: 1,
      previous: { text: 'Should I take it with food?', isQuestion: true },
    });
    expect(features).toEqual([
      'bias',
      'w:no',
      'w:take',
      'w:it',
      'w:twice',
      'w:a',
      'w:day',
      'b:<s> no',
      'b:no no',
      'b:no take',
      'b:take it',
      'b:it twice',
      'b:twice a',
      'b:a day',
      'b:day </s>',
      'first:no',
      'first2:no no',
      'len:8-15',
      'ask',
      'person:none',
      'opening:1',
      'prev:ask',
      'prev:len:4-7',
      'prev:person:i',
      'prev:first:should',
      'prev:first2:should i',
      'next:none',
      'after-ask:len:8-15',
      'act:bias',
      'act:class:ask-other',
      'act:class-len:ask-other l',
      'act:prev:ask-meaning',
      'act:next:none',
      'act:pair:ask-meaning ask-other',
      'act:follow:ask-other none',
      'act:question:statement',
      'act:after-question:ask-other',
    ]);
  });
});

describe('classifierLogits', () => {
  it('adds up the weights of the named features, each once and in order', () => {
    const model = builtinRoleModel();
    const logits = classifierLogits(units, model);
    units.forEach((_, i) => {
      const expected = [0, 0, 0];
      for (const name of featuresAt(units, i)) {
        const w = model.features[name];
        if (w) for (let c = 0; c < 3; c++) expected[c] = (expected[c] ?? 0) + (w[c] ?? 0) / QUANTUM;
      }
      // The same sums in the same order: equal to the last bit.
      expect([...(logits[i] ?? [])]).toEqual(expected);
    });
  });
});
