import { describe, expect, it } from 'vitest';
import { normalizeNumbers } from './numbers.js';

describe('a decimal said with no whole part', () => {
  it('keeps its point where the sentence or a bracket opens on it', () => {
    expect(normalizeNumbers('Point five centimetres of redness around the bite.')).toMatch(/^0\.5 /);
    expect(normalizeNumbers('the nodule (point eight centimeters) is unchanged')).toContain('(0.8 cm)');
    expect(normalizeNumbers('Two Point five milligrams of the melatonin at bedtime.')).toMatch(/^2\.5 mg/);
  });

  it('still reads a whole number as one', () => {
    expect(normalizeNumbers('the laceration is five centimeters long')).toBe('the laceration is 5 cm long');
    expect(normalizeNumbers('we can point to the x-ray')).toBe('we can point to the x-ray');
  });
});
