import type { WhisperConfig } from '../model-config.js';
import type { OnnxFiles } from '../model-files.js';

/** A one-layer Whisper config for tests that drive WhisperOnnxModel with a fake runtime. */
export const tinyWhisperConfig = {
  model_type: 'whisper',
  vocab_size: 4,
  num_mel_bins: 80,
  d_model: 4,
  decoder_layers: 1,
  decoder_attention_heads: 1,
  encoder_layers: 1,
  max_source_positions: 1500,
  max_target_positions: 448,
} as WhisperConfig;

/** Placeholder model bytes in either decoder layout (a fake runtime never parses them). */
export function stubOnnxFiles(layout: 'merged' | 'pair'): OnnxFiles {
  const bytes = () => new Uint8Array(1);
  return {
    encoder: bytes(),
    decoder:
      layout === 'merged'
        ? { layout: 'merged', merged: bytes() }
        : { layout: 'pair', decoder: bytes(), decoderWithPast: bytes() },
    precision: 'fp32',
    names: [],
  };
}
