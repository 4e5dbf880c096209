import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { jfkWav, repoRoot, testModelDir } from '../decoder/test-support/test-paths.js';

// End-to-end check of server/cli/transcribe.ts (lives here because the CLI folder has no tests of ours).
const run = promisify(execFile);
const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');

describe('npm run transcribe', () => {
  it('prints JSON segments with token ids for jfk.wav on the test model', async () => {
    const { stdout, stderr } = await run(
      tsx,
      ['server/cli/transcribe.ts', jfkWav, '--model', testModelDir, '--format', 'json'],
      {
        cwd: repoRoot,
      },
    );
    const out = JSON.parse(stdout) as {
      backend: string;
      durationMs: number;
      segments: { seq: number; startMs: number; endMs: number; text: string; tokens: number[] }[];
    };
    expect(out.backend).toBe('cpu');
    expect(out.durationMs).toBe(11000);
    expect(out.segments.length).toBeGreaterThanOrEqual(1);
    expect(out.segments.map((s) => s.seq)).toEqual(out.segments.map((_, i) => i));
    for (const s of out.segments) {
      expect(s.tokens.length).toBeGreaterThan(0);
      expect(s.endMs).toBeLessThanOrEqual(11000);
    }
    expect(stderr).toMatch(/transcribed 11\.0 s in [\d.]+ s/);
    expect(stderr).not.toContain(out.segments[0]!.text); // no transcript text in the log line
  });
});
