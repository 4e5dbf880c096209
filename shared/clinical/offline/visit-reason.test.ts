import { describe, expect, it } from 'vitest';
import { draftUnlabelled } from './test-support/draft-unlabelled.js';

const chiefComplaint = (lines: string[]) =>
  draftUnlabelled(lines)
    .all()
    .find((s) => s.text.startsWith('Chief complaint:'))
    ?.text.replace(/^Chief complaint:\s*/, '');

describe('the chief complaint is the reason for the visit', () => {
  it('is the problem a follow-up visit is for, not a side effect (psychiatry)', () => {
    expect(
      chiefComplaint([
        "Hi, I'm checking in on your anxiety today.",
        'How have you been on the escitalopram?',
        'Calmer. I had some nausea the first week but that settled.',
        'Any trouble sleeping?',
        'No, not really.',
      ]),
    ).toBe('follow-up of anxiety.');
  });

  it('is the problem followed up, not the ankle swelling asked about as a side effect (cardiology)', () => {
    expect(
      chiefComplaint([
        "You're here to follow up on your blood pressure.",
        'Yes, the home readings have been in the 130s.',
        'Any side effects from the amlodipine?',
        'My ankles puff up a bit by the evening.',
      ]),
    ).toBe('follow-up of blood pressure.');
  });

  it('is never the reaction a drug allergy gives (primary care, urinary symptoms)', () => {
    const cc = chiefComplaint([
      'What brings you in today?',
      "It burns when I pee and I've been going every hour since Saturday.",
      'Any allergies to medicines?',
      'Sulfa gives me a rash.',
    ]);
    expect(cc ?? '').not.toMatch(/rash/i);
  });

  it('is never an answer to a review-of-systems question (paediatrics, telehealth)', () => {
    const cc = chiefComplaint([
      'Can you see and hear me all right on the video?',
      'Yes, we can.',
      'Does he have any rash?',
      'A little rash on his belly.',
      'He has had a fever of 102 since yesterday and he is pulling at his ear.',
    ]);
    expect(cc ?? '').not.toMatch(/rash/i);
  });
});
