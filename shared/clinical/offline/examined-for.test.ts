import { describe, expect, it } from 'vitest';
import { hasProseDefect } from '../quality/prose-defects.js';
import { examinedFor } from './examined-for.js';

describe('examinedFor', () => {
  it('writes what a manoeuvre looks for as what was examined for (knee, wrist, neck, heart failure)', () => {
    expect(hasProseDefect('Checking for a meniscus tear.')).toBe(true);
    expect(examinedFor('Checking for a meniscus tear.')).toBe('Examined for a meniscus tear.');
    expect(examinedFor("I'm feeling for any enlarged lymph nodes in the neck.")).toBe(
      'Examined for any enlarged lymph nodes in the neck.',
    );
    expect(examinedFor('So testing for carpal tunnel on the right.')).toBe(
      'Examined for carpal tunnel on the right.',
    );
    expect(examinedFor('Looking for pitting edema at the ankles')).toBe(
      'Examined for pitting edema at the ankles.',
    );
  });

  it('leaves other sentences, and a purpose too short to document, alone', () => {
    expect(examinedFor('Checking for.')).toBeUndefined();
    expect(examinedFor('Checking for it.')).toBeUndefined();
    expect(examinedFor('The patient is looking for a new job.')).toBeUndefined();
    expect(examinedFor('There is no pitting edema.')).toBeUndefined();
  });
});
