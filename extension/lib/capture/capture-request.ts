import { modelBaseUrl } from '../asr/model-source.js';
import type { StartCapture } from '../messages/messages.js';
import type { Settings } from '../storage/settings.js';

/** The capture command for an encounter under the current settings (model from the server or the hub). */
export function captureRequest(settings: Settings, encounterId: string, firstSeq = 0): StartCapture {
  return {
    encounterId,
    modelBaseUrl: modelBaseUrl(settings),
    // English-only Whisper models take no language token.
    language: settings.modelId.endsWith('.en') ? null : settings.language,
    backend: settings.asrBackend,
    precision: settings.precision,
    firstSeq,
  };
}
