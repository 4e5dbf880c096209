import { describe, expect, it } from 'vitest';
import { modelFetchCommand, modelOnServer } from './model-availability.js';

/** A server holding exactly `files` under /models/. */
const serverWith = (files: string[]) =>
  (async (url: string | URL | Request) => {
    const path = new URL(String(url)).pathname.replace(/^\/models\//, '');
    return new Response(null, { status: files.includes(path) ? 200 : 404 });
  }) as typeof fetch;

describe('is a model on the Scribe server', () => {
  const files = ['tiny/config.json', 'tiny/onnx/encoder_model.onnx', 'tiny/onnx/encoder_model_int8.onnx'];

  it('needs the config and an encoder for the precision, under any of its file names', async () => {
    const fetchImpl = serverWith(files);
    expect(await modelOnServer('http://s', 'tiny', 'fp32', fetchImpl)).toBe(true);
    expect(await modelOnServer('http://s', 'tiny', 'q8', fetchImpl)).toBe(true);
    expect(await modelOnServer('http://s', 'tiny', 'fp16', fetchImpl)).toBe(false);
    expect(await modelOnServer('http://s', 'base', 'fp32', fetchImpl)).toBe(false);
  });

  it('is false when the server cannot be reached, and says how to fetch the model', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await modelOnServer('http://s', 'tiny', 'fp32', down)).toBe(false);
    expect(modelFetchCommand('whisper-base.en')).toBe('npm run models:fetch -- whisper-base.en');
    expect(modelFetchCommand('whisper-base.en', 'q8')).toBe(
      'npm run models:fetch -- whisper-base.en --precision q8',
    );
  });
});
