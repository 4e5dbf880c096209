import { describe, expect, it } from 'vitest';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

describe('a yes or no to a question put as a negative statement', () => {
  it('is neither "Denies" nor "Endorses" the statement (dermatology, respiratory)', () => {
    const note = draftUnlabelled([
      'The itching on your shins has not settled with the cream?',
      'No, it is worse at night.',
      'Your cough hasnt gone away since the antibiotics?',
      'No.',
      'Any chest pain when you walk?',
      'No.',
    ]);
    const all = note.all().map((s) => s.text);
    expect(all.join(' ')).not.toMatch(/(?:Denies|Endorses) (?:the itching|their cough)/i);
    expect(all).toContain('Denies chest pain when the patient walks.');
  });
});
