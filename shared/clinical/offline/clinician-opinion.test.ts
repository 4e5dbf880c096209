import { describe, expect, it } from 'vitest';
import { isClinicianOpinion } from './clinician-opinion.js';

describe('isClinicianOpinion', () => {
  it("reads a first-person opinion or plan about the patient's care as the clinician's", () => {
    for (const said of [
      'I think we should start a steroid inhaler with a spacer',
      'I think the best option now is a walking boot',
      "I'd recommend a sling for the next two weeks",
      "We'll restart the water pill tomorrow morning",
      "Let's get a chest x-ray before you leave",
      'Given the fever and the crackles, this is most likely pneumonia',
      'Based on the swelling, it looks like a sprain rather than a break',
      'The rash is most likely eczema',
    ])
      expect(isClinicianOpinion(said), said).toBe(true);
  });

  it("leaves a patient's own opinions and plans alone", () => {
    for (const said of [
      'I think it started on Tuesday after the long drive',
      "I'll start walking more once the weather is better",
      'I think my mum had diabetes too',
      "We're going to visit my sister next month",
      "It's probably nothing, but my feet tingle at night",
    ])
      expect(isClinicianOpinion(said), said).toBe(false);
  });

  it('counts a judgement of control only when the role model was unsure', () => {
    for (const said of [
      "Her asthma isn't well controlled right now",
      'This looks like a viral chest infection',
    ]) {
      expect(isClinicianOpinion(said), said).toBe(false);
      expect(isClinicianOpinion(said, true), said).toBe(true);
    }
  });
});
