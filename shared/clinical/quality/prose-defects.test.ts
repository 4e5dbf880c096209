import { describe, expect, it } from 'vitest';
import { proseDefects } from './prose-defects.js';

describe('proseDefects', () => {
  it('passes documentation prose', () => {
    for (const s of [
      'Reports left ankle pain after rolling it on a curb 2 days ago.',
      'Denies chest pain or palpitations.',
      'Lungs clear to auscultation bilaterally.',
      'Continue furosemide 40 mg daily.',
      'Follow-up in 2 weeks.',
      'Mother reports the child has had a fever of 38.6 °C since Tuesday.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('finds each kind of conversation left in a sentence', () => {
    expect(proseDefects('Your swelling has gone down.')).toContain('second-person');
    expect(proseDefects('Um, the pain is kinda better.')).toContain('filler');
    expect(proseDefects('Okay, she walks daily.')).toContain('filler');
    expect(proseDefects('In t-, for the second problem, continue lisinopril.')).toContain('truncated-word');
    expect(proseDefects('Any trouble sleeping?')).toContain('question');
    expect(proseDefects('Hey dragon, order a chest x-ray.')).toContain('device-talk');
    expect(proseDefects("Let's have a listen to the chest.")).toContain('exam-narration');
    expect(proseDefects('I will listen to the heart and tell the patient what I find.')).toContain(
      'exam-narration',
    );
    expect(proseDefects("Here's the x-ray of the left wrist.")).toContain('exam-narration');
  });

  it('keeps hyphenated words and ranges', () => {
    expect(proseDefects('Follow-up in 3-4 weeks for a well-child check.')).toEqual([]);
  });
});
