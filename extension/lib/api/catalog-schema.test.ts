import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogSchema } from './schemas.js';

// settings.ts needs the extension's storage API when imported: install WXT's in-memory fake first.
let settingsSchema: typeof import('../storage/settings.js').settingsSchema;
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  settingsSchema = (await import('../storage/settings.js')).settingsSchema;
});

const model = (repo: unknown) => ({ id: 'whisper-x', description: 'x', multilingual: false, repo });

describe('model catalog from the server: hub repository', () => {
  // The options page stores a chosen model's repo in the settings, whose schema takes owner/name
  // only: a repo the settings would refuse made the whole choice (model id included) fail to save.
  it('keeps an owner/name repository and reads anything else as no repository', () => {
    const parsed = catalogSchema.parse({
      models: [
        model('onnx-community/whisper-base.en'),
        model('https://huggingface.co/onnx-community/whisper-base.en'),
        model('onnx-community/whisper/extra'),
        model(null),
        { id: 'old', description: 'older server', multilingual: false },
      ],
    });
    expect(parsed.models.map((m) => m.repo)).toEqual([
      'onnx-community/whisper-base.en',
      null,
      null,
      null,
      null,
    ]);
    for (const m of parsed.models)
      expect(settingsSchema.shape.modelRepo.safeParse(m.repo).success).toBe(true);
  });
});
