import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker } from '../transcript.js';
import { classifySentence } from './classify.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

function subjective(turns: Array<[Speaker, string]>): string {
  const segments = withSyntheticTimes(turns.map(([speaker, text]) => ({ speaker, text })));
  const content = draftOffline(segments, soap, resources, { sex: 'female' }).content;
  return (content.sections.find((s) => s.id === 'subjective')?.sentences ?? []).map((s) => s.text).join(' ');
}

const patient = (text: string) =>
  classifySentence({
    speaker: 'patient',
    text,
    mode: undefined,
    hasVitals: false,
    hasDrug: false,
    hasProblem: false,
  });

describe('short patient accounts of how an injury happened or a medicine lapsed', () => {
  it.each([
    'i twisted my ankle stepping off a curb',
    'i heard a pop',
    'i ran out of my water pill',
    'i fell off a ladder',
    'i hurt my back lifting boxes at work',
    'i missed a few doses',
    'i felt something snap in my calf',
    'i skipped my evening insulin',
  ])('documents "%s" as history', (text) => {
    expect(patient(text)).toBe('hpi');
  });

  it('still leaves short chatter without an event undocumented', () => {
    expect(patient('i had a nice trip')).toBeUndefined();
    expect(patient('we watched the game')).toBeUndefined();
  });

  it('keeps the mechanism and the pop of an ankle sprain in Subjective', () => {
    const text = subjective([
      ['clinician', 'So what happened to your ankle?'],
      ['patient', 'I twisted my ankle stepping off a curb.'],
      ['patient', 'I heard a pop.'],
    ]);
    expect(text).toMatch(/twisted her ankle stepping off a curb/i);
    expect(text).toMatch(/heard a pop/i);
  });

  it('keeps a lapse in a heart-failure medicine and a side-effect stop', () => {
    const text = subjective([
      ['clinician', 'How have the legs been?'],
      ['patient', 'More swollen. I ran out of my water pill.'],
      ['patient', 'I stopped the statin because my legs ached.'],
    ]);
    expect(text).toMatch(/ran out of her water pill/i);
    expect(text).toMatch(/stopped the statin because her legs ached/i);
  });

  it('keeps a sports injury even when it names the sport', () => {
    const text = subjective([
      ['clinician', 'Tell me about the finger.'],
      ['patient', 'I jammed my finger playing basketball.'],
    ]);
    expect(text).toMatch(/jammed her finger playing basketball/i);
  });

  it("keeps a parent's account of a child's fall (paediatric)", () => {
    expect(patient('he fell off the monkey bars at recess')).toBe('hpi');
    const segments = withSyntheticTimes([
      { speaker: 'clinician' as const, text: 'What happened to his arm?' },
      { speaker: 'patient' as const, text: 'He fell off the monkey bars at recess.' },
    ]);
    const content = draftOffline(segments, soap, resources, { sex: 'male' }).content;
    const said = (content.sections.find((s) => s.id === 'subjective')?.sentences ?? []).map((s) => s.text);
    expect(said.join(' ')).toMatch(/fell off the monkey bars at recess/i);
  });

  it('keeps a fall at home and a lifting injury at work', () => {
    const text = subjective([
      ['clinician', 'When did the pain start?'],
      ['patient', 'I slipped on the ice on Sunday.'],
      ['patient', 'I hurt my back lifting boxes at work.'],
    ]);
    expect(text).toMatch(/slipped on the ice on Sunday/i);
    expect(text).toMatch(/hurt her back lifting boxes at work/i);
  });
});
