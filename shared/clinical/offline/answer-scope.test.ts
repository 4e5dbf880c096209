import { describe, expect, it } from 'vitest';
import { negatesSomethingElse } from './answer-scope.js';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

describe('an answer that negates something other than what was asked', () => {
  it('is no "no" to the question: a lapse denied, a restated verb, a hedge', () => {
    expect(negatesSomethingElse('Are you taking the warfarin every day?', "I haven't missed a dose.")).toBe(
      true,
    );
    expect(negatesSomethingElse('Do you use the spacer with it?', 'Never forget it.')).toBe(true);
    expect(negatesSomethingElse('Are you taking the metformin?', "No, I don't skip it.")).toBe(true);
    // Denying what was asked, or only hedging, is a plain "no".
    expect(negatesSomethingElse('Have you missed any doses?', "I haven't missed any.")).toBe(false);
    expect(negatesSomethingElse('Are you taking the lisinopril?', "I don't take it anymore.")).toBe(false);
    expect(negatesSomethingElse('Any chest pain?', "I don't think so.")).toBe(false);
    expect(negatesSomethingElse('Any fevers?', "I haven't noticed.")).toBe(false);
    expect(negatesSomethingElse('Any fevers?', 'No.')).toBe(false);
  });

  it('never documents an adherent answer as "not taking" (cardiology, anticoagulant)', () => {
    const note = draftUnlabelled([
      'How has the heart rhythm been since we started the blood thinner?',
      'Much calmer, no more racing.',
      'Are you taking the blood thinner every day?',
      "Twice a day, like you told me. I haven't missed a dose.",
      'Good, any bleeding from your gums or in your stool?',
      'No.',
    ]);
    const said = note.all().map((s) => s.text);
    expect(said.join(' ')).not.toMatch(/\bnot taking\b/i);
    const kept = note.all().find((s) => /blood thinner every day/.test(s.text));
    expect(kept?.text).toContain("Twice a day, like you told me. I haven't missed a dose.");
    expect(kept?.review).toBeTruthy();
  });

  it('keeps a short lapse-denial answer in the patient words (primary care, diabetes)', () => {
    const note = draftUnlabelled([
      'Are you still taking the metformin with breakfast and dinner?',
      "I don't skip it, even on weekends.",
    ]);
    const text = note
      .all()
      .map((s) => s.text)
      .join(' ');
    expect(text).not.toMatch(/\bnot taking\b/i);
    expect(text).toContain("I don't skip it, even on weekends.");
  });

  it('still documents a plain no to a medicine question as not taking it (telehealth)', () => {
    const note = draftUnlabelled(['Are you still taking the lisinopril?', 'No, I stopped it last month.']);
    expect(
      note
        .all()
        .map((s) => s.text)
        .join(' '),
    ).toMatch(/Not taking the lisinopril/);
  });
});
