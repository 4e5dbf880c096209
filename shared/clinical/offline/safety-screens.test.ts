import { describe, expect, it } from 'vitest';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

describe('safety screening answers', () => {
  it('documents a denied self-harm screen however the no is worded (psychiatry follow-up)', () => {
    for (const no of ['No, nothing like that.', 'Not at all.', 'Never.', 'Nope.']) {
      const note = draftUnlabelled([
        'How has your mood been since the last visit?',
        'Better, I am going out with friends again.',
        'Any thoughts of hurting yourself?',
        no,
      ]);
      expect(note.text('subjective')).toContain('Denies suicidal ideation or thoughts of self-harm.');
    }
  });

  it('documents other screens: ending life, harming others, voices, safety at home (telehealth)', () => {
    const note = draftUnlabelled([
      'Have you had any thoughts of ending your life?',
      'No, never.',
      'Any thoughts of hurting anyone else?',
      'Not at all.',
      "Do you ever hear voices that other people can't hear?",
      'No.',
      'Do you feel safe at home?',
      'Yes, I do.',
    ]);
    const text = note.text('subjective');
    expect(text).toContain('Denies suicidal ideation or thoughts of self-harm.');
    expect(text).toContain('Denies homicidal ideation or thoughts of harming others.');
    expect(text).toContain('Denies auditory hallucinations.');
    expect(text).toContain('Reports feeling safe at home.');
  });

  it('flags a positive screen for review rather than writing it as a plain line (paediatrics, teen)', () => {
    const note = draftUnlabelled(['Have you had thoughts of hurting yourself?', 'Yes, sometimes.']);
    const said = note.all().find((s) => /suicidal ideation/.test(s.text));
    expect(said?.text).toBe('Endorses suicidal ideation or thoughts of self-harm.');
    expect(said?.review).toBeTruthy();
  });
});
