import { describe, expect, it } from 'vitest';
import { wasmThreads } from './wasm-threads.js';

describe('wasmThreads', () => {
  it('is one thread without cross-origin isolation, whatever the machine', () => {
    expect(wasmThreads(false, { hardwareConcurrency: 16 })).toBe(1);
  });
  it('uses the cores when isolated, at most 4, at least 1', () => {
    expect(wasmThreads(true, { hardwareConcurrency: 2 })).toBe(2);
    expect(wasmThreads(true, { hardwareConcurrency: 12 })).toBe(4);
    expect(wasmThreads(true, {})).toBe(1);
    expect(wasmThreads(true, undefined)).toBe(1);
  });
});
