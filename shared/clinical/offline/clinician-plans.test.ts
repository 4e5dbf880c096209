import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { clinicianPlans } from './clinician-plans.js';
import { rewriteSentence } from './rewrite.js';

const clean = (s: string) => expect(proseDefects(s), s).toEqual([]);
const clinician = (s: string) => rewriteSentence(s, { speaker: 'clinician', pronoun: 'she' });

// Clinician-voice plan and assessment phrasings, in phrasings written for these tests.
describe('clinicianPlans', () => {
  it('states the main issue without who saw it (heart failure)', () => {
    const s = clinician(
      'the biggest concern i have is that her weight is up 4 pounds with the heart failure',
    );
    expect(s).toBe('The biggest concern is that her weight is up 4 pounds with the heart failure.');
    clean(s);
  });

  it('writes the clinician not being concerned as no concern (sprain)', () => {
    const s = clinician('the ankle is only mildly swollen with no bony tenderness so i am not concerned');
    expect(s).toMatch(/so no concern\.$/);
    clean(s);
    const t = clinician("i'm not too worried about a fracture of the ankle");
    expect(t).toBe('Low concern for a fracture of the ankle.');
    clean(t);
  });

  it('writes a recommendation without the "I" (mental health)', () => {
    const s = clinician('i would recommend we increase the sertraline to 100 mg and start therapy');
    expect(s).toMatch(/^Recommend we increase the sertraline to 100 mg/);
    expect(clinicianPlans("i'd strongly recommend an air cast for the ankle sprain")).toBe(
      'recommend an air cast for the ankle sprain',
    );
    const t = clinician('i may want her to see a psychiatrist if the mood does not improve');
    expect(t).toBe('May have her see a psychiatrist if the mood does not improve.');
    clean(t);
  });

  it('writes "I think we should…" and "the best course is…" as the plan, without "I" or "we" (dermatology, orthopaedics)', () => {
    expect(clinicianPlans('i think we should keep an eye on the mole and recheck in 3 months')).toBe(
      'plan to keep an eye on the mole and recheck in 3 months',
    );
    expect(clinicianPlans('i think the best course at this point is surgery to repair the tendon')).toBe(
      'recommend surgery to repair the tendon',
    );
    // "We should be fine" or "we should see how it goes" is no order.
    expect(clinicianPlans('we should see how it goes')).toBe('we should see how it goes');
  });

  it('writes an order the clinician can place (telehealth)', () => {
    const s = clinician('i can put in a referral to physical therapy today over the portal');
    expect(s).toBe('Can place a referral to physical therapy today over the portal.');
    clean(s);
    expect(clinicianPlans('i could put it in for the lab tomorrow')).toBe(
      'can place it for the lab tomorrow',
    );
  });

  it('writes a usual treatment or a suggestion as the plan (paediatric)', () => {
    const s = clinician('what we usually try is an ibuprofen dose of 10 mg per kg for his ear pain');
    expect(s).toBe('Plan: an ibuprofen dose of 10 mg per kg for his ear pain.');
    clean(s);
    const t = clinician('what about increasing his albuterol to 4 puffs');
    expect(t).toBe('Consider increasing his albuterol to 4 puffs.');
    clean(t);
  });

  it("names the clinician's impression and patients without the possessive", () => {
    expect(clinicianPlans('for my impression and plan her first problem is asthma')).toBe(
      'for the impression and plan her first problem is asthma',
    );
    expect(clinicianPlans('some of my patients that play soccer sprain an ankle often')).toBe(
      'some patients that play soccer sprain an ankle often',
    );
  });

  it('writes an exam finding heard or seen by the clinician as found on exam (paediatric, sprain)', () => {
    expect(clinicianPlans('his lungs are clear when i listen to them')).toBe('his lungs are clear on exam');
    expect(clinicianPlans('there is some bruising over the ankle when i looked at it, and no swelling')).toBe(
      'there is some bruising over the ankle on exam, and no swelling',
    );
    expect(clinicianPlans('i think probably a grade 2 sprain of the ankle')).toBe(
      'likely a grade 2 sprain of the ankle',
    );
    expect(clinicianPlans("i think it's most likely a viral cold")).toBe('likely a viral cold');
  });

  it("never rewrites a patient's own first person", () => {
    const s = rewriteSentence("i'm not too worried about my knee", { speaker: 'patient', pronoun: 'she' });
    expect(s).not.toMatch(/low concern/i);
  });
});
