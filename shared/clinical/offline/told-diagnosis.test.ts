import { describe, expect, it } from 'vitest';
import { tellsDiagnosis } from './told-diagnosis.js';

describe('the diagnosis told in conversation', () => {
  it.each([
    'this is what we call sciatica, the nerve is pinched in your lower back',
    "i'm fairly sure this is a flare of your eczema",
    'it looks like a sinus infection',
    "so your blood pressure's been running high, that's hypertension and we need to treat it",
    "so your blood pressure's been running high that's hypertension",
    'what you have got is shingles',
    'i think it is most likely a migraine',
    'given the cough and the fever, this is probably pneumonia',
  ])('names it: %s', (text) => {
    expect(tellsDiagnosis(text)).toBe(true);
  });

  it.each([
    "if it's a kidney stone we will see it on the scan",
    "it's not a fracture",
    'it is nothing serious, just a bruise',
    'the pain that is in my back',
    "let's make sure it is not an infection",
    "there's swelling over the outside of the ankle and it's tender just in front of the fibula",
    'the wound is red and it looks infected',
    'she has a 3/6 systolic murmur, that is stable',
    'this is the best course of action to clear up the pneumonia',
  ])('does not name it: %s', (text) => {
    expect(tellsDiagnosis(text)).toBe(false);
  });
});
