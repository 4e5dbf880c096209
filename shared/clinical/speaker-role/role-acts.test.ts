import { describe, expect, it } from 'vitest';
import { type ActSentence, actClass, visitActFeatures } from './role-acts.js';

const sentence = (text: string, isQuestion = false): ActSentence => ({
  words: text.toLowerCase().match(/[a-z<>][a-z'<>-]*/g) ?? [],
  isQuestion,
});

const features = (s: ActSentence, previous?: ActSentence, next?: ActSentence) => {
  const out: string[] = [];
  visitActFeatures(s, previous, next, (kind, a, b) =>
    out.push(a === undefined ? kind : b === undefined ? `${kind}:${a}` : `${kind}:${a} ${b}`),
  );
  return out;
};

describe('actClass', () => {
  // Our own sentences from a telehealth mood follow-up, a sprained ankle, a child's croup and heart failure.
  it.each([
    ['Have you been sleeping any better since the dose went up', true, 'ask-you'],
    ['Anything else bothering you this week', true, 'ask-you'],
    ['Should I keep taking it if I feel fine', true, 'ask-meaning'],
    ['Do you think the ankle is broken', true, 'ask-meaning'],
    ["I'd like you to keep a mood diary until we next speak", false, 'instruct'],
    ['Rest it, ice it and keep it up on a cushion', false, 'instruct'],
    ['Let me have a look at that ankle', false, 'examine'],
    ["We'll bump the sertraline up to one hundred milligrams", false, 'plan'],
    ['It sounds like croup, which is a viral infection of the windpipe', false, 'diagnose'],
    ['Both ankles are puffy to mid shin', false, 'state'],
    ["I've been waking up at four every morning", false, 'report-self'],
    ['Nope', false, 'answer'],
    ['Thanks so much for squeezing us in', false, 'thanks'],
  ])('%s → %s', (text, isQuestion, expected) => {
    expect(actClass(sentence(text, isQuestion))).toBe(expected);
  });
});

describe('visitActFeatures', () => {
  it('pairs the act with its neighbours and marks a finding with no one as its subject', () => {
    const finding = sentence('The lateral ligament is tender and the ankle is swollen');
    const ask = sentence('Does it hurt when I press here', true);
    const reply = sentence('Ouch, yes, right there');
    expect(features(finding, ask, reply)).toEqual([
      'act:bias',
      'act:class:state',
      'act:class-len:state l',
      'act:prev:ask-other',
      'act:next:answer',
      'act:pair:ask-other state',
      'act:follow:state answer',
      'act:finding:thing',
      'act:after-question:state',
    ]);
  });

  it('marks a measurement said in words and a diagnosis told to the listener', () => {
    const out = features(
      sentence('Your oxygen is ninety-two percent and it looks like your heart failure is back'),
    );
    expect(out).toContain('act:measure');
    expect(out).toContain('act:diagnosis');
    expect(out).toContain('act:medical:you');
    expect(out).toContain('act:your:medical');
  });
});
