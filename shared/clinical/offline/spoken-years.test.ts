import { describe, expect, it } from 'vitest';
import { normalizeNumbers } from './numbers.js';
import { withSpokenYearsAndAges } from './spoken-years.js';

describe('years said in two pairs', () => {
  it('reads a pair said where a year goes as one year', () => {
    expect(normalizeNumbers('her last colonoscopy was in twenty nineteen')).toBe(
      'her last colonoscopy was in 2019',
    );
    expect(normalizeNumbers('the stent went in back in october of twenty twenty one')).toBe(
      'the stent went in back in october of 2021',
    );
    expect(normalizeNumbers('he has had asthma since nineteen ninety eight')).toBe(
      'he has had asthma since 1998',
    );
    expect(withSpokenYearsAndAges('the flu shot in fall twenty twenty')).toBe('the flu shot in fall 2020');
  });

  it('leaves a pair that is no year as said', () => {
    expect(withSpokenYearsAndAges('her vision is twenty twenty')).toBe('her vision is twenty twenty');
    expect(withSpokenYearsAndAges('walk for twenty fifteen minutes')).toBe('walk for twenty fifteen minutes');
    expect(withSpokenYearsAndAges('in twenty thirty minutes the swelling went down')).toBe(
      'in twenty thirty minutes the swelling went down',
    );
    expect(withSpokenYearsAndAges('in twenty twenty five hundred steps')).toBe(
      'in twenty twenty five hundred steps',
    );
  });
});

describe('an age whose ones word carries the hyphens', () => {
  it('is one age', () => {
    expect(normalizeNumbers('a forty two-year-old man with chest pain')).toBe(
      'a 42-year-old man with chest pain',
    );
    expect(normalizeNumbers('this twenty one-month-old toddler has a fever')).toBe(
      'this 21-month-old toddler has a fever',
    );
    expect(normalizeNumbers('a sixty-year-old woman')).toBe('a sixty-year-old woman');
  });
});
