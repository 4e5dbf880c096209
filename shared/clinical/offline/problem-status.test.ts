import { describe, expect, it } from 'vitest';
import { problemStatus } from './problem-status.js';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

describe("the clinician's judgement of a problem followed up is its assessment", () => {
  it('names the problem and its status', () => {
    expect(problemStatus('Your blood pressure is now controlled.')?.text).toBe('Hypertension: controlled.');
    expect(problemStatus('Her sugars have been much better.')?.text).toBe('Diabetes: improving.');
    expect(problemStatus("You're doing better on the sertraline.", 'depression')?.text).toBe(
      'Depression: improving on sertraline.',
    );
    // A reading is a vital sign, and "doing better on" needs the problem the visit is for.
    expect(problemStatus('Your blood pressure today is better than last time.')).toBeUndefined();
    expect(problemStatus("You're doing better on the sertraline.")).toBeUndefined();
  });

  it('never turns "mood" into a diagnosis the clinician did not name', () => {
    // "Mood" may be depression, anxiety or bipolar disorder: named only from the problem followed up.
    expect(problemStatus('Your mood is much better.')?.text).toBe('Mood: improving.');
    expect(problemStatus('Your mood seems stable.', 'bipolar disorder')?.text).toBe(
      'Bipolar disorder: stable.',
    );
    expect(problemStatus('Your mood is improving.', 'anxiety')?.text).toBe('Anxiety: improving.');
    expect(problemStatus('Your mood is improving.', 'asthma')?.text).toBe('Mood: improving.');
  });

  it('writes an Assessment for a blood-pressure follow-up and keeps the reading in Objective (cardiology)', () => {
    const note = draftUnlabelled([
      "You're here to follow up on your blood pressure.",
      "Yes, I've been checking it at home and it's around 130 over 80.",
      'Your blood pressure today is 128 over 78.',
      'Your blood pressure is now controlled.',
      "Let's keep the amlodipine at five milligrams.",
    ]);
    expect(note.text('assessment')).toMatch(/^Hypertension Controlled\.$/);
    expect(note.text('objective')).not.toMatch(/controlled/);
    expect(note.text('plan')).toMatch(/amlodipine at 5 mg/);
  });

  it('writes an Assessment for a depression follow-up and the dose change in the Plan (telehealth)', () => {
    const note = draftUnlabelled([
      'Thanks for joining by video. I am checking in on your depression.',
      'Things are better, I am getting out of bed and back at work.',
      "You're doing better on the sertraline, I think we can increase it to 100 milligrams.",
    ]);
    expect(note.text('assessment')).toMatch(/^Depression Improving on sertraline\.$/);
    expect(note.text('plan')).toMatch(/increase (?:the )?sertraline to 100 mg/i);
    expect(note.text('subjective')).not.toMatch(/sertraline/);
  });
});
