import { describe, expect, it } from 'vitest';
import { adviceIsPlan } from './advice-is-plan.js';
import { conditionLast, givesCareAdvice } from './care-advice.js';
import { classifySentence } from './classify.js';
import { rewriteSentence } from './rewrite.js';

describe('givesCareAdvice (advice and return precautions)', () => {
  it('finds advice and emergency signs in words other than the plain instructions', () => {
    for (const s of [
      'make sure he keeps drinking plenty',
      'Be sure to finish every tablet of the antibiotic.',
      'go to the ER if the chest pain comes back',
      'Call 911 if you feel faint or short of breath.',
      'bring her back in if the rash spreads',
      'If his lips turn blue, take him to the emergency room.',
      'Run a humidifier in the bedroom at night.',
      'Offer him small sips of fluid every few minutes.',
      'If you have thoughts of harming yourself, call 988 or the crisis line.',
    ])
      expect(givesCareAdvice(s), s).toBe(true);
  });

  it("leaves the patient's account and everyday phrases alone", () => {
    for (const s of [
      'I went to the ER last night because of the pain',
      'give me a minute',
      'we went to urgent care on Saturday',
      'If it hurts I just rest.',
    ])
      expect(givesCareAdvice(s), s).toBe(false);
  });

  it('files it in the plan and writes it as advice, the condition after the instruction', () => {
    const input = {
      speaker: 'clinician' as const,
      text: 'go to the er if he has trouble breathing or stops drinking',
      mode: undefined,
      hasVitals: false,
      hasDrug: false,
      hasProblem: false,
    };
    expect(classifySentence(input)).toBe('plan');
    expect(conditionLast('If her lips look blue, take her to the emergency room.')).toBe(
      'take her to the emergency room if her lips look blue.',
    );
    // A list inside the condition keeps its commas: the instruction starts at its verb.
    expect(
      rewriteSentence(
        'If you notice a fever, chills or blood in the urine, call the office or go to urgent care.',
        {
          speaker: 'clinician',
          pronoun: 'they',
        },
      ),
    ).toBe(
      'Advised to call the office or go to urgent care if the patient notices a fever, chills or blood in the urine.',
    );
    expect(
      rewriteSentence('If the swelling gets worse overnight, go straight to the emergency room.', {
        speaker: 'clinician',
        pronoun: 'they',
      }),
    ).toBe('Advised to go straight to the emergency room if the swelling gets worse overnight.');
  });
});

describe('adviceIsPlan (advice is never the history)', () => {
  it('moves advice filed under the history to the plan, and nothing else', () => {
    expect(adviceIsPlan('hpi', 'Advised to keep her home until the fever is gone.')).toBe('plan');
    expect(adviceIsPlan('symptom', 'Advised to use a humidifier for the cough.')).toBe('plan');
    expect(adviceIsPlan('hpi', 'She was advised to rest by urgent care.')).toBe('hpi');
    expect(adviceIsPlan('exam', 'Advised to bend the knee.')).toBe('exam');
  });
});
