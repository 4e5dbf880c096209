import { describe, expect, it } from 'vitest';
import { UNSURE_ROLE } from '../offline/role-review.js';
import { toSentenceUnits } from '../offline/units.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker } from '../transcript.js';
import { withInferredRoles } from './index.js';
import { inferRoles } from './infer-roles.js';
import type { RoleModel } from './role-model.js';

const unlabelled = (lines: string[]) =>
  withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as Speaker, text })));

describe('withInferredRoles', () => {
  it('tells the clinician from the patient in an unlabelled sprain visit', () => {
    const lines = [
      'Morning, what happened to your foot?',
      'I stepped off a curb on Saturday and my ankle rolled right under me.',
      'Were you able to walk on it afterwards?',
      'I limped home but it swelled up like a balloon overnight.',
      'I am going to press along the bones. Does this spot hurt?',
      'Not there, more on the outside.',
      'This looks like a sprain of the outer ligaments. I would like you to wear a brace and ice it twice a day.',
    ];
    const units = withInferredRoles(toSentenceUnits(unlabelled(lines)));
    const bySegment = (seq: number) => units.filter((u) => u.seq === seq).map((u) => u.speaker);
    expect(bySegment(0)).toEqual(['clinician']);
    expect(bySegment(1)).toEqual(['patient']);
    expect(bySegment(2)).toEqual(['clinician']);
    expect(bySegment(3)).toEqual(['patient']);
    expect(bySegment(4)).toEqual(['clinician', 'clinician']);
    expect(bySegment(6).every((s) => s === 'clinician')).toBe(true);
    for (const u of units) expect(u.roleConfidence).toBeGreaterThan(0.5);
  });

  it("never confidently gives a clinician's plan, exam finding or instruction to the patient in a telehealth visit", () => {
    // A telehealth mood follow-up that turns to a sprained ankle shown to the camera, in our own words.
    const lines: Array<[Speaker, string]> = [
      ['clinician', 'Morning, can you see and hear me okay on the video?'],
      ['patient', "Yes, you're a bit pixelated but it's fine."],
      ['clinician', 'How has your mood been since we last spoke?'],
      ['patient', "Up and down. I still can't get to sleep before two most nights."],
      ['clinician', 'Are you managing to get out of the house?'],
      ['patient', "I walk the dog, that's about it."],
      ['clinician', 'Any thoughts of harming yourself?'],
      ['patient', 'No, nothing like that.'],
      ['patient', 'Do you think the tablets are even working?'],
      ['clinician', "Six weeks is when we'd expect to see a change, so it's a fair question."],
      ['clinician', "I'd like you to keep a sleep diary for the next fortnight."],
      ['clinician', "We'll increase the sertraline to one hundred milligrams from tomorrow."],
      ['clinician', 'It sounds like the depression is partly better but the insomnia is hanging on.'],
      ['patient', 'Will I have to be on them forever?'],
      ['clinician', 'Usually six months after you feel well, then we taper down slowly.'],
      ['clinician', 'Book a video slot with me in four weeks.'],
      ['patient', 'Okay, thanks doctor.'],
      ['clinician', 'Now the ankle you mentioned, roll your trouser leg up and point the camera at it.'],
      ['clinician', "The outside of the ankle is swollen and there's bruising under the ankle bone."],
      ['clinician', 'Stand on it for me and take four steps.'],
      ['patient', 'It twinges but I can do it.'],
      ['clinician', "That's reassuring, it looks like a sprain of the outer ligament."],
      ['clinician', 'Rest it, ice it for twenty minutes a few times a day and keep it raised.'],
    ];
    const units = withInferredRoles(toSentenceUnits(unlabelled(lines.map(([, text]) => text))));
    const said = (seq: number) => lines[seq]?.[0];
    // The follow-up booking is an instruction, whoever's words it resembles.
    expect(units.find((u) => u.text.startsWith('Book a video slot'))?.speaker).toBe('clinician');
    // A clinician sentence still given to the patient is left unsure (flagged for review), but for
    // at most one (words alone gave four of them to the patient with confidence).
    const confidentlyThePatients = units.filter(
      (u) =>
        said(u.seq) === 'clinician' && u.speaker !== 'clinician' && (u.roleConfidence ?? 1) >= UNSURE_ROLE,
    );
    expect(confidentlyThePatients.length).toBeLessThanOrEqual(1);
  });

  it('keeps recorded labels (telehealth source) and only fills in unknown speakers', () => {
    const segments = withSyntheticTimes([
      { speaker: 'patient', text: 'How is the new water pill working for you?' },
      { speaker: 'unknown', text: 'My ankles are less puffy and I have lost four pounds.' },
    ]);
    const units = withInferredRoles(toSentenceUnits(segments));
    // The recorded label wins even where the wording sounds like the other side.
    expect(units[0]?.speaker).toBe('patient');
    expect(units[0]?.roleConfidence).toBeUndefined();
    expect(units[1]?.roleConfidence).toBeGreaterThan(0);
  });
});

describe('telehealth source labels', () => {
  it('are never overridden, even where every labelled line sounds like the other speaker', () => {
    // A telehealth call whose source tagged the lines opposite to how they sound, with two lines the
    // source could not attribute: the labels stand, only the unknown lines get a guess.
    const segments = withSyntheticTimes([
      {
        speaker: 'patient' as Speaker,
        text: 'Have you had any chest pain or shortness of breath since we spoke?',
      },
      {
        speaker: 'clinician' as Speaker,
        text: 'No, my breathing is fine and I have been walking every day.',
      },
      {
        speaker: 'patient' as Speaker,
        text: 'Your blood pressure today is 128 over 76. Continue the lisinopril.',
      },
      { speaker: 'unknown' as Speaker, text: 'Do you want me to check your potassium again?' },
      { speaker: 'clinician' as Speaker, text: 'I ran out of my water pill a month ago.' },
      { speaker: 'unknown' as Speaker, text: 'Okay, thank you doctor.' },
    ]);
    const units = withInferredRoles(toSentenceUnits(segments));
    for (const u of units) {
      const recorded = segments.find((s) => s.seq === u.seq)?.speaker;
      if (recorded === 'unknown') expect(u.roleConfidence).toBeGreaterThan(0);
      else {
        expect(u.speaker).toBe(recorded);
        expect(u.roleConfidence).toBeUndefined();
      }
    }
  });
});

describe('clinician corrections', () => {
  it('a corrected line is drafted under the corrected role and anchors its neighbours', () => {
    const segments = withSyntheticTimes([
      { speaker: 'unknown' as Speaker, text: 'Wear the brace and ice the ankle three times a day.' },
      { speaker: 'unknown' as Speaker, text: 'Will do, thanks.' },
    ]).map((s, i) => (i === 0 ? { ...s, correctedRole: 'clinician' as const } : s));
    const units = withInferredRoles(toSentenceUnits(segments));
    expect(units[0]?.speaker).toBe('clinician');
    expect(units[0]?.roleConfidence).toBeUndefined();
    expect(units[1]?.roleConfidence).toBeDefined();
  });
});

describe('how the recorder cut the transcript', () => {
  // A toy model: "alpha" is the clinician's word, "beta" the patient's, "mm" anyone's. Its two
  // readings of a segment boundary: speakers alternate (one segment per turn) or mostly stay (a
  // recorder that cuts at every pause).
  const model: RoleModel = {
    version: 3,
    classes: ['clinician', 'patient', 'other'],
    scale: 1,
    mix: { words: 1, acts: 0 },
    logPrior: [-69, -69, -900],
    logOffset: [0, 0, 0],
    logStayInSegment: [
      [
        [-5, -500, -500],
        [-500, -5, -500],
        [-500, -500, -5],
      ],
    ],
    logNextSegment: [
      [
        [-300, -5, -900],
        [-5, -300, -900],
        [-69, -69, -900],
      ],
      [
        [-5, -300, -900],
        [-300, -5, -900],
        [-69, -69, -900],
      ],
    ],
    features: { 'w:alpha': [400, -400, -400], 'w:beta': [-400, 400, -400] },
  };
  const roles = (lines: string[]) =>
    inferRoles(
      lines.map((text, seq) => ({ seq, text, isQuestion: false })),
      model,
    ).map((g) => g.role);

  it('reads from the transcript itself whether a boundary is a change of turn', () => {
    // The same ambiguous line after the patient's: the clinician's where every segment alternated,
    // still the patient's where each speaker ran on over several segments.
    expect(roles(['Alpha.', 'Beta.', 'Alpha.', 'Beta.', 'Alpha.', 'Beta.', 'Mm.']).at(-1)).toBe('clinician');
    expect(roles(['Alpha.', 'Alpha.', 'Alpha.', 'Beta.', 'Beta.', 'Beta.', 'Mm.']).at(-1)).toBe('patient');
  });
});
