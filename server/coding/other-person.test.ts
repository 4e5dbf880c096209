import { describe, expect, it } from 'vitest';
import { saidOfAnotherPerson } from './other-person.js';

describe('conditions said of another person', () => {
  it("gives a spouse's, a partner's or a friend's condition to them", () => {
    expect(saidOfAnotherPerson('and honestly my husband also has')).toBe(true);
    expect(saidOfAnotherPerson('a friend of mine had a')).toBe(true);
    expect(saidOfAnotherPerson('my girlfriend was just diagnosed with')).toBe(true);
    expect(saidOfAnotherPerson('her coworker is being treated for')).toBe(true);
  });

  it("keeps what a spouse noticed about the patient, and a parent's account of a child, the patient's", () => {
    expect(saidOfAnotherPerson("my wife says i snore and she noticed i'm")).toBe(false);
    expect(saidOfAnotherPerson('my son has had a')).toBe(false);
    expect(saidOfAnotherPerson('i have had')).toBe(false);
  });
});
