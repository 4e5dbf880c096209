import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors.js';
import { defaultSettings } from '../storage/settings-schema.js';
import { modelBaseUrl } from './model-source.js';

describe('modelBaseUrl', () => {
  it('reads from the Scribe server by default', () => {
    expect(modelBaseUrl({ ...defaultSettings, serverUrl: 'https://scribe.example.org/' })).toBe(
      'https://scribe.example.org/models/whisper-base.en',
    );
  });

  it('reads from <hub>/<repo>/resolve/main for the hub or a mirror', () => {
    expect(modelBaseUrl({ ...defaultSettings, modelSource: 'hub' })).toBe(
      'https://huggingface.co/onnx-community/whisper-base.en/resolve/main',
    );
    expect(
      modelBaseUrl({
        ...defaultSettings,
        modelSource: 'hub',
        hubUrl: 'https://mirror.clinic.example/hf/',
        modelRepo: 'clinic/whisper-small-dermatology',
      }),
    ).toBe('https://mirror.clinic.example/hf/clinic/whisper-small-dermatology/resolve/main');
  });

  it('refuses the hub for a model without a repository, with an actionable message', () => {
    try {
      modelBaseUrl({ ...defaultSettings, modelId: 'test-model', modelSource: 'hub', modelRepo: null });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('model_not_found');
      expect((e as Error).message).toContain('Options → Speech model');
    }
  });
});
