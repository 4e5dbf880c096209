/**
 * On-device Whisper speech recognition. Runtime-agnostic: pass onnxruntime-web (browser: WebGPU →
 * WASM) or onnxruntime-node and a file reader. Node callers may use runtime/node-runtime.ts.
 */
export type { DecodeResult } from './decoder/decode-loop.js';
export { applyTimestampRules, type TimestampRuleTokens } from './decoder/logit-filters.js';
export { type Precision, precisionSuffixes, readOnnxFiles } from './decoder/model-files.js';
export { splitTimestampedTokens, type TimedText } from './decoder/timestamps.js';
export { defaultFallback, type FallbackOptions } from './decoder/transcribe-window.js';
export {
  type LoadWhisperOptions,
  WhisperEngine,
  type WindowOptions,
  type WindowTranscript,
} from './decoder/whisper-engine.js';
export type { AsrBackend, FileReader, OrtModule } from './runtime/ort-types.js';
export {
  type BackendChoice,
  type GpuNavigator,
  loadWithBackendFallback,
  selectBrowserBackend,
} from './runtime/select-backend.js';
export {
  type TranscribedSegment,
  Transcriber,
  type TranscriberOptions,
  transcribePcm,
  type VoiceActivityDetector,
  type WindowTranscriber,
} from './transcriber/transcriber.js';
