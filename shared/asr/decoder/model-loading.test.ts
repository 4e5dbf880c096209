import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWhisperModel } from '../../../models/scripts/make-test-model.js';
import { AppError } from '../../errors.js';
import { loadNodeRuntime, readFileFromDisk } from '../runtime/node-runtime.js';
import type { Precision } from './model-files.js';
import { jfkWav, readPcm16k, testModelDir } from './test-support/test-paths.js';
import { WhisperEngine } from './whisper-engine.js';

const scratch = mkdtempSync(join(tmpdir(), 'scribe-asr-model-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const greedy = { fallback: { temperatures: [0] } };

async function load(modelDir: string, precision?: Precision) {
  const rt = await loadNodeRuntime('node');
  return WhisperEngine.load({
    ort: rt.ort,
    readFile: readFileFromDisk,
    modelDir,
    precision,
    sessionOptions: rt.sessionOptions,
  });
}
async function failure(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('loading Whisper exports', () => {
  it('runs the older decoder_model + decoder_with_past_model pair to the same tokens as the merged decoder', async () => {
    const pairDir = join(scratch, 'pair');
    writeWhisperModel(pairDir, 'test', 'pair');
    const pcm = readPcm16k(jfkWav);
    const merged = await load(testModelDir);
    const pair = await load(pairDir);
    expect(merged.model.layout).toBe('merged');
    expect(pair.model.layout).toBe('pair');
    const a = await merged.transcribe(pcm, greedy);
    const b = await pair.transcribe(pcm, greedy);
    expect(b.tokens).toEqual(a.tokens);
    expect(b.tokens.length).toBeGreaterThan(5);
    await merged.release();
    await pair.release();
  });

  it('selects files by precision suffix and says how to fetch a missing precision', async () => {
    const q8Dir = join(scratch, 'q8');
    cpSync(testModelDir, q8Dir, { recursive: true });
    for (const name of ['encoder_model', 'decoder_model_merged']) {
      renameSync(join(q8Dir, `onnx/${name}.onnx`), join(q8Dir, `onnx/${name}_quantized.onnx`));
    }
    const engine = await load(q8Dir, 'q8');
    expect(engine.precision).toBe('q8');
    await engine.release();
    const missing = await failure(load(q8Dir, 'fp16'));
    expect(missing.code).toBe('model_not_found');
    expect(missing.message).toContain('npm run models:fetch');
  });

  it('rejects a folder whose config is not a Whisper config, naming the file', async () => {
    const badDir = join(scratch, 'bad');
    cpSync(testModelDir, badDir, { recursive: true });
    writeFileSync(join(badDir, 'config.json'), JSON.stringify({ model_type: 'bert' }));
    const e = await failure(load(badDir));
    expect(e.code).toBe('invalid_model');
    expect(e.message).toContain('config.json');
    expect((await failure(load(join(scratch, 'nowhere')))).code).toBe('model_not_found');
  });
});
