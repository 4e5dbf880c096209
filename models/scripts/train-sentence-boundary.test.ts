import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_WEIGHTS_PATH, trainSentenceBoundaryModel } from './train-sentence-boundary.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sentence-boundary training', () => {
  it('regenerates the committed weights byte for byte from ../shared, under 300 KB', () => {
    const { json } = trainSentenceBoundaryModel();
    expect(sha256(json)).toBe(sha256(readFileSync(BOUNDARY_WEIGHTS_PATH, 'utf8')));
    expect(json.length).toBeLessThan(300_000);
  }, 180_000);
});
