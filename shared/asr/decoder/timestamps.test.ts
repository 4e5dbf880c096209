import { describe, expect, it } from 'vitest';
import { loadNodeRuntime, readFileFromDisk } from '../runtime/node-runtime.js';
import { jfkWav, readPcm16k, testModelDir } from './test-support/test-paths.js';
import { splitTimestampedTokens } from './timestamps.js';
import { WhisperEngine } from './whisper-engine.js';

const TS = 100;
describe('splitTimestampedTokens', () => {
  it('pairs timestamps around text and keeps unclosed text to the window end', () => {
    const pieces = splitTimestampedTokens([TS, 1, 2, TS + 50, TS + 50, 3, TS + 120, TS + 130, 4], TS, 30);
    expect(pieces).toEqual([
      { startS: 0, endS: 1, tokens: [1, 2] },
      { startS: 1, endS: 2.4, tokens: [3] },
      { startS: 2.6, endS: 30, tokens: [4] },
    ]);
  });
});

describe('timestamp mode on the test model', () => {
  it('produces a token stream that obeys every ApplyTimestampRules rule', async () => {
    const rt = await loadNodeRuntime('node');
    const engine = await WhisperEngine.load({
      ort: rt.ort,
      readFile: readFileFromDisk,
      modelDir: testModelDir,
      sessionOptions: rt.sessionOptions,
    });
    const r = await engine.transcribe(readPcm16k(jfkWav), {
      timestamps: true,
      fallback: { temperatures: [0] },
    });
    await engine.release();
    const begin = engine.special.timestampBegin;
    const isTs = (id: number) => id >= begin;
    expect(r.tokens.length).toBeGreaterThan(2);
    expect(isTs(r.tokens[0]!)).toBe(true);
    expect(r.tokens[0]! - begin).toBeLessThanOrEqual(50); // max_initial_timestamp_index
    let last = -1;
    for (const [i, id] of r.tokens.entries()) {
      if (!isTs(id)) continue;
      expect(id).toBeGreaterThanOrEqual(last); // non-decreasing
      last = id;
      // never three timestamps in a row
      if (i >= 2) expect(isTs(r.tokens[i - 1]!) && isTs(r.tokens[i - 2]!)).toBe(false);
    }
    expect(r.tokens).not.toContain(engine.special.noTimestamps);
  });
});
