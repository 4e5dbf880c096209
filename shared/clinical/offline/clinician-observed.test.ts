import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { observedAsFinding } from './clinician-observed.js';
import { rewriteSentence } from './rewrite.js';

// The clinician's first person of examining and seeing, as the finding. Sentences written for these
// tests (sprain, heart failure, paediatrics, mental health, telehealth follow-up).
const asClinician = (s: string) => rewriteSentence(s, { speaker: 'clinician', pronoun: 'she' });

describe('an examination act followed by what it found', () => {
  it('documents the finding on what was examined, without the first person', () => {
    const cases: Array<[string, string]> = [
      [
        'I listened to your lungs and I can hear crackles at both bases.',
        'On examination of her lungs, crackles at both bases.',
      ],
      [
        'I examined his ears and I see fluid behind the left eardrum.',
        'On examination of his ears, fluid behind the left eardrum.',
      ],
      [
        'I pressed on the outside of your ankle and I felt some swelling over the ligament.',
        'On examination of the outside of her ankle, some swelling over the ligament.',
      ],
      ["I felt your belly and I didn't feel any masses.", 'On examination of her belly, no masses.'],
    ];
    for (const [said, documented] of cases) {
      const s = asClinician(said);
      expect(s, said).toBe(documented);
      expect(proseDefects(s), s).toEqual([]);
    }
  });

  it('leaves alone an act whose finding is only a pronoun, and an act with no finding verb', () => {
    expect(observedAsFinding('I checked her pulses and I can feel them in both feet')).toBe(
      'I checked her pulses and I can feel them in both feet',
    );
    expect(observedAsFinding('I looked at the x-ray with the radiologist')).toBe(
      'I looked at the x-ray with the radiologist',
    );
  });
});

describe('the examination said as under way, before what it finds', () => {
  it('documents the finding on what was examined', () => {
    const cases: Array<[string, string]> = [
      ['Checking for swelling in your legs, I see trace edema.', 'On examination of her legs, trace edema.'],
      [
        "As I'm listening to his chest I hear some wheezing on the left.",
        'On examination of his chest, some wheezing on the left.',
      ],
      [
        "Pressing on the baby's belly, I don't feel any masses.",
        "On examination of the baby's belly, no masses.",
      ],
    ];
    for (const [said, documented] of cases) {
      const s = asClinician(said);
      expect(s, said).toBe(documented);
      expect(proseDefects(s), s).toEqual([]);
    }
  });
});

describe('a manoeuvre announced, then what it shows', () => {
  it('documents what it shows on what was examined', () => {
    const cases: Array<[string, string]> = [
      [
        "I'm going to bend your knee, and you have pain at the end of flexion.",
        'On examination of her knee, she has pain at the end of flexion.',
      ],
      [
        'Let me move his neck side to side, and he does not have any stiffness.',
        'On examination of his neck, he does not have any stiffness.',
      ],
    ];
    for (const [said, documented] of cases) {
      const s = asClinician(said);
      expect(s, said).toBe(documented);
      expect(proseDefects(s), s).toEqual([]);
    }
  });
});

describe('a finding announced by the seeing of it', () => {
  it('keeps the clause that states the finding', () => {
    expect(asClinician('I can see that the incision is healing nicely.')).toBe(
      'The incision is healing nicely.',
    );
    expect(asClinician("I'm noticing that your mood is brighter than last month.")).toBe(
      'Her mood is brighter than last month.',
    );
  });

  it('says where a telehealth finding was seen', () => {
    const s = asClinician("I'm seeing on the video that the rash on his cheeks has faded.");
    expect(s).toBe('On video, the rash on his cheeks has faded.');
    expect(proseDefects(s)).toEqual([]);
  });

  it('leaves seeing with no finding clause after it', () => {
    expect(observedAsFinding('I see that you brought your glucose log')).toBe(
      'I see that you brought your glucose log',
    );
  });
});
