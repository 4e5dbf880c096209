import { describe, expect, it } from 'vitest';
import { TimedEngine } from './timed-engine.js';

const result = { tokens: [1], text: 'x' } as never;

describe('TimedEngine', () => {
  it('reports processing time over audio time, and frees the wrapped engine on release', async () => {
    let clock = 0;
    let released = 0;
    const engine = new TimedEngine(
      {
        transcribe: async () => {
          clock += 500; // 0.5 s of work
          return result;
        },
        release: async () => {
          released++;
        },
      },
      () => clock,
    );
    await engine.transcribe(new Float32Array(16000 * 2)); // 2 s of audio
    expect(engine.lastRealTimeFactor).toBeCloseTo(0.25, 10);
    await engine.release();
    expect(released).toBe(1);
  });

  it('releases nothing when the engine has no sessions to free', async () => {
    const engine = new TimedEngine({ transcribe: async () => result });
    await expect(engine.release()).resolves.toBeUndefined();
  });
});
