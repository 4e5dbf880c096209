import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFor, findModel, loadCatalog } from './catalog.js';
import { writeWhisperModel } from './scripts/make-test-model.js';

const catalog = loadCatalog();
const testModelDir = resolve(import.meta.dirname, 'test-model');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('models/catalog.json', () => {
  it('lists the Whisper exports with every precision, pointing at onnx-community', () => {
    for (const id of [
      'whisper-tiny.en',
      'whisper-base.en',
      'whisper-small.en',
      'whisper-tiny',
      'whisper-base',
    ]) {
      const entry = findModel(catalog, id);
      expect(entry.repo).toBe(`onnx-community/${id}`);
      expect(filesFor(entry, 'q8').map((f) => f.path)).toContain('onnx/decoder_model_merged_quantized.onnx');
      expect(filesFor(entry, 'q4').map((f) => f.path)).toContain('onnx/encoder_model_q4.onnx');
      expect(filesFor(entry, 'fp16').map((f) => f.path)).toContain('onnx/encoder_model_fp16.onnx');
    }
    expect(() => findModel(catalog, 'whisper-huge')).toThrow(/unknown model/);
  });

  it('records the committed test model exactly (size and sha256 of every file, under 3 MB)', () => {
    const files = filesFor(findModel(catalog, 'test-model'), 'fp32');
    expect(files).toHaveLength(7);
    let total = 0;
    for (const f of files) {
      const bytes = readFileSync(join(testModelDir, f.path));
      total += bytes.length;
      expect(bytes.length, f.path).toBe(f.size);
      expect(sha256(join(testModelDir, f.path)), f.path).toBe(f.sha256);
    }
    expect(total).toBeLessThan(3_000_000);
  });

  it('the generator reproduces the committed test model byte for byte (seeded)', () => {
    const out = mkdtempSync(join(tmpdir(), 'scribe-make-test-'));
    try {
      writeWhisperModel(out);
      for (const f of filesFor(findModel(catalog, 'test-model'), 'fp32'))
        expect(sha256(join(out, f.path)), f.path).toBe(f.sha256);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
