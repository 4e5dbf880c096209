import { describe, expect, it } from 'vitest';
import { composeInsert } from './compose-insert.js';

describe('composeInsert', () => {
  const staff = 'Vitals reviewed by staff.\n';
  it('replace drops the old text; append keeps it above a blank line', () => {
    expect(composeInsert(staff, 'NOTE', 'replace', null)).toBe('NOTE');
    expect(composeInsert(staff, 'NOTE', 'append', null)).toBe('Vitals reviewed by staff.\n\nNOTE');
    expect(composeInsert('  \n', 'NOTE', 'append', null)).toBe('NOTE');
  });
  it('cursor inserts at the caret, replaces a selection, and appends without a caret', () => {
    expect(composeInsert('AB', 'x', 'cursor', { start: 1, end: 1 })).toBe('AxB');
    expect(composeInsert('A--B', 'x', 'cursor', { start: 1, end: 3 })).toBe('AxB');
    expect(composeInsert('AB', 'x', 'cursor', { start: 99, end: 120 })).toBe('ABx');
    expect(composeInsert(staff, 'NOTE', 'cursor', null)).toBe('Vitals reviewed by staff.\n\nNOTE');
  });
});
