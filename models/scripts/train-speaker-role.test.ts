import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainSpeakerRoleModel, WEIGHTS_PATH } from './train-speaker-role.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('speaker-role training', () => {
  it('regenerates the committed weights byte for byte from ../shared', () => {
    const { json } = trainSpeakerRoleModel();
    expect(sha256(json)).toBe(sha256(readFileSync(WEIGHTS_PATH, 'utf8')));
  }, 900_000);
});
