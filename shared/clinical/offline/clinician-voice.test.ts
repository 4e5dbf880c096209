import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { clinicianVoice } from './clinician-voice.js';

// The clinician's first person as documentation, in phrasings written for these tests.
describe('clinicianVoice', () => {
  it('writes what the clinician did in the subjectless style of a note', () => {
    expect(clinicianVoice('i sent her for an x-ray of the ankle')).toBe('sent her for an x-ray of the ankle');
    expect(clinicianVoice('we talked and i also increased the sertraline to 100 mg')).toBe(
      'we talked and increased the sertraline to 100 mg',
    );
    expect(clinicianVoice('i had reviewed his echo from march')).toBe('had reviewed his echo from march');
  });

  it('keeps the documenting "I am concerned" without the degree words around it', () => {
    const s = clinicianVoice('i am a little concerned about the weight gain with his heart failure');
    expect(s).toBe('I am concerned about the weight gain with his heart failure');
    expect(proseDefects(`${s}.`)).toEqual([]);
  });

  it('writes a test the clinician wants as a test ordered', () => {
    expect(clinicianVoice('i want a basic metabolic panel this week')).toBe(
      'will order a basic metabolic panel this week',
    );
  });

  it('states uncertainty as a note does', () => {
    expect(clinicianVoice("i don't know if she ever started the lisinopril")).toBe(
      'unclear whether she ever started the lisinopril',
    );
    expect(clinicianVoice("i'm not sure whether the rash came before the antibiotic")).toBe(
      'unclear whether the rash came before the antibiotic',
    );
  });

  it('names the last visit instead of the clinician seeing the patient', () => {
    expect(clinicianVoice('the rash is new since i last saw her')).toBe(
      'the rash is new since the last visit',
    );
  });

  it('drops a hedge in front of an amount or a gerund, and "even" in a negative finding', () => {
    expect(clinicianVoice('as i would say about 3 weeks in the boot')).toBe('about 3 weeks in the boot');
    expect(clinicianVoice('i think cutting back on salt will help the swelling')).toBe(
      'cutting back on salt will help the swelling',
    );
    expect(clinicianVoice("i don't even see any bruising")).toBe('no bruising');
  });

  it('writes what the patient told the clinician as the history', () => {
    expect(clinicianVoice('based on what he told me this sounds like panic attacks')).toBe(
      'based on the history this sounds like panic attacks',
    );
  });

  it('writes an order under way as a plan, and no need for a test as such', () => {
    expect(clinicianVoice("i'm sending a steroid cream to your pharmacy")).toBe(
      'will send a steroid cream to your pharmacy',
    );
    expect(clinicianVoice('we are also referring her to cardiology')).toBe('will refer her to cardiology');
    expect(clinicianVoice("this is a tension headache and i don't think we need any scans")).toBe(
      'this is a tension headache and no need for scans',
    );
  });

  it('drops the first person of remembering, hearing and being sure, and keeps the suspicion', () => {
    expect(clinicianVoice('i remember she had a reaction to sulfa drugs')).toBe(
      'she had a reaction to sulfa drugs',
    );
    expect(clinicianVoice("i'm sure the new job has not helped her sleep")).toBe(
      'the new job has not helped her sleep',
    );
    expect(clinicianVoice('i have a low suspicion that the scan will show a bleed')).toBe(
      'low suspicion that the scan will show a bleed',
    );
    expect(clinicianVoice('i was able to review her thyroid results')).toBe('reviewed her thyroid results');
    expect(clinicianVoice('i would not change his inhaler yet')).toBe('would not change his inhaler yet');
  });

  it('writes going over results as reviewing them, and results not yet in as not received', () => {
    expect(clinicianVoice('i wanted to go over the results of his stress test')).toBe(
      'reviewed the results of his stress test',
    );
    expect(clinicianVoice("i haven't gotten any records from the urgent care")).toBe(
      'no records received from the urgent care',
    );
  });
});
