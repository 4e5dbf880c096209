import { describe, expect, it } from 'vitest';
import { isClinicianOrder, orderCategory } from './clinician-orders.js';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

describe("the clinician's orders and instructions in an unlabelled visit", () => {
  it('tells a clinician order from a patient saying what they will do', () => {
    expect(isClinicianOrder("I'll order an echocardiogram.")).toBe(true);
    expect(isClinicianOrder("Let's keep the amlodipine at five.")).toBe(true);
    expect(isClinicianOrder('I want her to start a daily controller inhaler.')).toBe(true);
    expect(isClinicianOrder('Check your feet every day.')).toBe(true);
    expect(isClinicianOrder("I'll start walking after dinner.")).toBe(false);
    expect(isClinicianOrder("I'll keep an eye on it.")).toBe(false);
    expect(isClinicianOrder("I'll send you the readings from my cuff.")).toBe(false);
    expect(isClinicianOrder('I check my feet every night.')).toBe(false);
    expect(orderCategory("Let's see you back in six weeks.")).toBe('follow-up');
    expect(orderCategory('Take a deep breath for me.')).toBeUndefined();
  });

  it('puts a paediatric asthma plan in the Plan, never as the parent speaking', () => {
    const note = draftUnlabelled([
      "So what's going on with her breathing?",
      "She's been coughing at night three or four times a week and she wheezes when she runs.",
      'Is she using the rescue inhaler?',
      'Yes, almost every day.',
      'I want her to start a daily controller inhaler.',
      'Give her two puffs of the fluticasone twice a day.',
      'Come back in a month.',
    ]);
    const said = note
      .all()
      .map((s) => s.text)
      .join(' ');
    expect(said).not.toMatch(/the patient wants|^Give her/i);
    expect(note.text('subjective')).not.toMatch(/controller|fluticasone/);
    expect(note.text('plan')).toMatch(/start a daily controller inhaler/);
    expect(note.text('plan')).toMatch(/2 puffs of the fluticasone/);
  });

  it('puts first-person orders and instructions after a vitals reading in the Plan (cardiology, primary care)', () => {
    const note = draftUnlabelled([
      'Your blood pressure today is 128 over 78.',
      "Let's keep the amlodipine at five milligrams.",
      "I'll order an echocardiogram.",
      'Check your feet every day.',
      "I'll send in nitrofurantoin 100 milligrams twice a day for five days.",
      'Drink plenty of fluids.',
      "Let's see you back in six weeks.",
    ]);
    const said = note
      .all()
      .map((s) => s.text)
      .join(' ');
    expect(said).not.toMatch(/The patient will (?:order|send)/i);
    expect(note.text('subjective')).toBe('');
    expect(note.text('objective')).toBe('BP 128/78 mmHg.');
    const plan = note.text('plan');
    expect(plan).toMatch(/amlodipine at 5 mg/);
    expect(plan).toMatch(/[Ee]chocardiogram/);
    expect(plan).toMatch(/Advised to check their feet every day\./);
    expect(plan).toMatch(/nitrofurantoin 100 mg/);
    expect(plan).toMatch(/drink plenty of fluids/);
    expect(plan).toMatch(/Follow-up in 6 weeks\./);
  });
});
