import { describe, expect, it } from 'vitest';
import { nextRovingId } from './roving-focus.js';

describe('nextRovingId', () => {
  const ids = ['a', 'b', 'c'];
  it('moves with the arrows and stops at both ends', () => {
    expect(nextRovingId(ids, null, 'ArrowDown')).toBe('a');
    expect(nextRovingId(ids, 'a', 'ArrowRight')).toBe('b');
    expect(nextRovingId(ids, 'c', 'ArrowDown')).toBe('c');
    expect(nextRovingId(ids, 'b', 'ArrowUp')).toBe('a');
    expect(nextRovingId(ids, 'a', 'ArrowLeft')).toBe('a');
    expect(nextRovingId(ids, 'b', 'End')).toBe('c');
    expect(nextRovingId(ids, 'c', 'Home')).toBe('a');
  });
  it('ignores other keys and an empty note', () => {
    expect(nextRovingId(ids, 'a', 'Tab')).toBeNull();
    expect(nextRovingId([], null, 'ArrowDown')).toBeNull();
  });
});
