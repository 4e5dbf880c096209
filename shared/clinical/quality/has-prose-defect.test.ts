import { describe, expect, it } from 'vitest';
import { withDraftMemo } from '../offline/draft-memo.js';
import { hasProseDefect, hasProseDefectOf, type ProseDefect, proseDefects } from './prose-defects.js';

// Drafted sentences of every kind, clean and not, across specialties (own wording).
const SENTENCES = [
  // Documentation prose.
  'The patient sprained her left ankle stepping off a curb two days ago.',
  'He reports worsening shortness of breath when lying flat and swelling of both legs.',
  'Furosemide increased to 40 mg twice daily.',
  'The toddler has had a fever of 102 for three days with a runny nose.',
  'She describes low mood and poor sleep since losing her job in March.',
  'Follow up by video in four weeks to review the sleep diary.',
  'Lungs are clear to auscultation bilaterally.',
  'Left ankle sprain.',
  'Asthma.',
  '',
  '   ',
  // Said to the patient, or left as conversation.
  'You should keep the ankle raised on a pillow.',
  'I think we should get an echo of your heart.',
  'Um she has been taking the water pill every day.',
  'Yeah the rash came back on his arms.',
  'The swelling in the kn- knee is better.',
  'The pain, the pain started after the fall.',
  'Any chest pain when he climbs the stairs?',
  'Does the cough keep her up at night',
  'Hey Dragon, new paragraph.',
  "Let me take a listen to the baby's chest.",
  'The patient will prescribe an inhaler.',
  'It hurts right here.',
  'He he was seen at urgent care.',
  'Her lungs sound clear her heart has a regular rhythm she has no edema.',
  'Thank you so much for coming in.',
  'She has been feeling anxious she is not sleeping well she stopped eating.',
  'Advised to take it easy for.',
  'Because of the.',
  'If the swelling does not go down.',
  'Denies questions.',
  'On his heart exam.',
  'Sleep.',
  'That looks like a sprain to me.',
  'The headaches get worse at like 4 in the afternoon.',
  'On the camera the wound looks dry and he says it is healing.',
];

describe('hasProseDefect', () => {
  it('agrees with proseDefects(...).length > 0 on sentences and headings, inside and outside a draft', () => {
    for (const heading of [false, true]) {
      const expected = SENTENCES.map((s) => proseDefects(s, { heading }).length > 0);
      expect(SENTENCES.map((s) => hasProseDefect(s, { heading }))).toEqual(expected);
      // Inside a draft, asking first (early exit remembered) then for the list, and the other way round.
      withDraftMemo(() => {
        expect(SENTENCES.map((s) => hasProseDefect(s, { heading }))).toEqual(expected);
        expect(SENTENCES.map((s) => proseDefects(s, { heading }).length > 0)).toEqual(expected);
      });
      withDraftMemo(() => {
        expect(SENTENCES.map((s) => proseDefects(s, { heading }).length > 0)).toEqual(expected);
        expect(SENTENCES.map((s) => hasProseDefect(s, { heading }))).toEqual(expected);
      });
    }
  });

  it('is checked on a set that finds defects of many kinds and clean prose', () => {
    const kinds = new Set(SENTENCES.flatMap((s) => proseDefects(s)));
    for (const kind of [
      'second-person',
      'first-person',
      'filler',
      'truncated-word',
      'repetition',
      'question',
      'device-talk',
      'exam-narration',
      'rewrite-error',
      'deictic',
      'garbled',
      'run-on',
      'small-talk',
      'fragment',
    ] satisfies ProseDefect[])
      expect(kinds).toContain(kind);
    expect(SENTENCES.filter((s) => !hasProseDefect(s)).length).toBeGreaterThanOrEqual(6);
  });

  it('lets proseDefects answer [] for a sentence already found clean in the draft, as it would anyway', () => {
    const clean = 'Knee effusion is resolving after two weeks of rest.';
    withDraftMemo(() => {
      expect(hasProseDefect(clean)).toBe(false);
      expect(proseDefects(clean)).toEqual([]);
    });
  });
});

describe('hasProseDefectOf', () => {
  it('agrees with proseDefects(...).includes(kind) for every kind, inside and outside a draft', () => {
    const kinds = new Set<ProseDefect>(SENTENCES.flatMap((s) => proseDefects(s)));
    kinds.add('clinician-talk');
    for (const heading of [false, true]) {
      for (const kind of kinds) {
        const expected = SENTENCES.map((s) => proseDefects(s, { heading }).includes(kind));
        expect(SENTENCES.map((s) => hasProseDefectOf(s, kind, { heading }))).toEqual(expected);
        withDraftMemo(() => {
          // Some sentences already asked about as a whole, some already found clean.
          SENTENCES.forEach((s, i) => {
            if (i % 3 === 0) proseDefects(s, { heading });
            if (i % 3 === 1) hasProseDefect(s, { heading });
          });
          expect(SENTENCES.map((s) => hasProseDefectOf(s, kind, { heading }))).toEqual(expected);
        });
      }
    }
  });
});
