import { describe, expect, it } from 'vitest';
import { normalizeNumbers } from './numbers.js';

describe('normalizeNumbers', () => {
  it('leaves words that are no number as said, even the names of object properties', () => {
    // "constructor" was found on Object.prototype and written as "0function Object() …".
    expect(normalizeNumbers('my brother works as a constructor now')).toBe(
      'my brother works as a constructor now',
    );
  });

  it('rewrites number words wherever they stand, and text without one unchanged', () => {
    expect(normalizeNumbers('Two weeks ago she took two hundred and fifty milligrams')).toBe(
      '2 weeks ago she took 250 mg',
    );
    expect(normalizeNumbers('the often tender knee,  swollen since monday')).toBe(
      'the often tender knee,  swollen since monday',
    );
  });

  it('leaves an ambiguous run of number words whole rather than reading a number from its tail', () => {
    expect(normalizeNumbers('two fifty fifty one puff')).toBe('two fifty fifty one puff');
    expect(normalizeNumbers('fifty one puffs')).toBe('51 puffs');
  });
});
