import { z } from 'zod';
import { AppError } from '../../errors.js';

/** The fields of Hugging Face's Whisper `config.json` the engine needs; the rest is passed through. */
export const whisperConfigSchema = z.looseObject({
  model_type: z.literal('whisper'),
  vocab_size: z.number().int().positive(),
  num_mel_bins: z.union([z.literal(80), z.literal(128)]),
  d_model: z.number().int().positive(),
  decoder_layers: z.number().int().positive(),
  decoder_attention_heads: z.number().int().positive(),
  encoder_layers: z.number().int().positive(),
  max_source_positions: z.number().int().positive(),
  max_target_positions: z.number().int().positive(),
});
export type WhisperConfig = z.infer<typeof whisperConfigSchema>;

const tokenList = z.array(z.number().int().nonnegative());

export const generationConfigSchema = z.looseObject({
  decoder_start_token_id: z.number().int().nonnegative(),
  eos_token_id: z
    .union([z.number().int(), tokenList.min(1)])
    .transform((v) => (Array.isArray(v) ? v[0]! : v)),
  suppress_tokens: tokenList.default([]),
  begin_suppress_tokens: tokenList.default([]),
  no_timestamps_token_id: z.number().int().nonnegative(),
  prev_sot_token_id: z.number().int().nonnegative().optional(),
  is_multilingual: z.boolean().default(false),
  lang_to_id: z.record(z.string(), z.number().int()).default({}),
  task_to_id: z.record(z.string(), z.number().int()).default({}),
  max_initial_timestamp_index: z.number().int().nonnegative().default(50),
  max_length: z.number().int().positive().default(448),
});
export type GenerationConfig = z.infer<typeof generationConfigSchema>;

export const preprocessorConfigSchema = z.looseObject({
  feature_size: z.union([z.literal(80), z.literal(128)]),
  sampling_rate: z.literal(16000),
  hop_length: z.literal(160),
  n_fft: z.literal(400),
  chunk_length: z.number().default(30),
});
export type PreprocessorConfig = z.infer<typeof preprocessorConfigSchema>;

/** Parses one JSON config file of a model folder, with an error that names the file and field. */
export function parseModelJson<T>(schema: z.ZodType<T>, bytes: Uint8Array, fileName: string): T {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    throw new AppError('invalid_model', `${fileName} is not valid JSON`, { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'invalid_model',
      `${fileName} does not look like a Whisper export: ${z.prettifyError(parsed.error)}`,
      {
        details: { file: fileName },
      },
    );
  }
  return parsed.data;
}
