import { describe, expect, it } from 'vitest';
import { asrLikeDialogue, asrLikeMtsDialogue, numberWords } from './asr-like.js';

// A visit written for this test (telehealth follow-up for low mood).
const VISIT = [
  '[doctor] How has your mood been since we started the sertraline 50 mg?',
  "[patient] Better, I think. I'm sleeping 7 hours most nights.",
  '[doctor] Good. Any thoughts of harming yourself?',
  '[patient] No, none.',
].join('\n');

describe('ASR-like training variants', () => {
  it('speaks whole numbers below a thousand as words', () => {
    expect(numberWords(7)).toBe('seven');
    expect(numberWords(50)).toBe('fifty');
    expect(numberWords(125)).toBe('one hundred twenty five');
    expect(numberWords(1200)).toBeUndefined();
  });

  it('writes a dialogue lower case without punctuation, the same on every run', () => {
    const once = asrLikeDialogue(VISIT, 3, 'unpunctuated');
    expect(once).toBe(asrLikeDialogue(VISIT, 3, 'unpunctuated'));
    const text = once.replace(/\[(?:doctor|patient)\]/g, '');
    expect(text).not.toMatch(/[A-Z.,?!]/);
    expect(once.split('\n')[0]).toMatch(/^\[doctor\] how has your mood been/);
    expect(text).toMatch(/sertraline (?:fifty|50)/);
  });

  it('keeps some punctuation, not always where it was, in the mis-punctuated style', () => {
    const text = asrLikeDialogue(VISIT, 5, 'misplaced');
    expect(text).not.toMatch(/[A-Z]/);
    expect(text).not.toMatch(/\b(?:mg|sleeping)\?/);
  });
});

describe('ASR-like MTS-Dialog variants', () => {
  // A paediatric visit written for this test, in MTS-Dialog's "Doctor: … Patient: …" form.
  const MTS = 'Doctor: Has she had a fever? Guest_family_1: Yes, 39 degrees last night. Doctor: Any rash?';

  it('keeps the speakers in MTS-Dialog form and rewrites their words like a recogniser', () => {
    const text = asrLikeMtsDialogue(MTS, 3, 'unpunctuated');
    expect(text).toBe(asrLikeMtsDialogue(MTS, 3, 'unpunctuated'));
    expect(text.startsWith('Doctor: has she had a fever')).toBe(true);
    expect(text).not.toMatch(/[?.,]/);
    expect(text).toMatch(/thirty nine|39/);
    expect(text).toMatch(/\nGuest_family: /);
    expect(text.replace(/(?:Doctor|Guest_family|Patient):/g, '')).not.toMatch(/[A-Z_]/);
  });
});
