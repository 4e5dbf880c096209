import { describe, expect, it } from 'vitest';
import { fitIsotonic } from './isotonic.js';

describe('fitIsotonic', () => {
  it('pools scores whose outcomes run against their order into one step', () => {
    // 0.2 was right and 0.3 wrong: one step of share 0.5 between them.
    const map = fitIsotonic([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1]);
    expect(map).toEqual([
      [0.1, 0],
      [0.25, 0.5],
      [0.4, 1],
    ]);
  });

  it('never decreases, whatever the order of the inputs', () => {
    const x = [0.9, 0.1, 0.5, 0.7, 0.3, 0.2, 0.8];
    const map = fitIsotonic(x, [1, 0, 1, 0, 0, 1, 1]);
    for (let i = 1; i < map.length; i++) {
      expect(map[i]?.[0]).toBeGreaterThan(map[i - 1]?.[0] ?? 1);
      expect(map[i]?.[1]).toBeGreaterThan(map[i - 1]?.[1] ?? 1);
    }
  });
});
