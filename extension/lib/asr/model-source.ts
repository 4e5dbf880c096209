import { AppError } from '../../../shared/errors.js';
import type { Settings } from '../storage/settings-schema.js';

/**
 * Base URL of the model folder the engine reads `config.json`, `onnx/…` from: the Scribe server's
 * `/models/<id>` or a Hugging Face hub's `<repo>/resolve/main`. Either way only model weights travel:
 * no audio or transcript ever leaves the device for transcription.
 */
export function modelBaseUrl(
  settings: Pick<Settings, 'serverUrl' | 'modelId' | 'modelSource' | 'hubUrl' | 'modelRepo'>,
): string {
  if (settings.modelSource === 'server') {
    return `${settings.serverUrl.replace(/\/+$/, '')}/models/${settings.modelId}`;
  }
  if (!settings.modelRepo) {
    throw new AppError(
      'model_not_found',
      `The model ${settings.modelId} has no Hugging Face repository: enter one in Options → Speech model, or download it from the Scribe server.`,
    );
  }
  return `${settings.hubUrl.replace(/\/+$/, '')}/${settings.modelRepo}/resolve/main`;
}
