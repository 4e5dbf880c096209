/**
 * Generates the project's own Whisper-shaped model in the Hugging Face / Optimum export layout.
 *
 *   npm run models:make-test                      → models/test-model (committed, ≈2 MB, tests use it)
 *   npm run models:make-test -- --size base       → models/.bench-base (whisper-base cost, not committed)
 *   npm run models:make-test -- --layout pair --out <dir>   → decoder_model + decoder_with_past_model
 *
 * Weights are random from a seeded generator, so the output is byte-for-byte reproducible.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { learnBpe, specialTokens, tokenizerJson } from './byte-level-bpe.js';
import { mulberry32 } from './seeded-random.js';
import { buildDecoderPair, buildMergedDecoder } from './whisper-decoder-graph.js';
import { buildEncoder, type WhisperDims } from './whisper-encoder-graph.js';

export type ModelSize = 'test' | 'base';
export type DecoderLayout = 'merged' | 'pair';

const SEED = 20260601;
const repoRoot = resolve(import.meta.dirname, '../..');
const sharedDir = process.env.SCRIBE_SHARED_DIR ?? resolve(repoRoot, '../shared');

function corpus(): string {
  // Clinical dialogue text, so the little BPE learns words this project actually hears.
  const csv = readFileSync(join(sharedDir, 'data/dialogues/mts-dialog/MTS-Dialog-TrainingSet.csv'), 'utf8');
  return csv.slice(0, 120_000);
}

function dimsFor(size: ModelSize, vocabSize: number): WhisperDims {
  if (size === 'base') {
    return {
      nMels: 80,
      dModel: 512,
      heads: 8,
      ffnDim: 2048,
      encoderLayers: 6,
      decoderLayers: 6,
      vocabSize,
      maxSourcePositions: 1500,
      maxTargetPositions: 448,
    };
  }
  return {
    nMels: 80,
    dModel: 64,
    heads: 4,
    ffnDim: 128,
    encoderLayers: 2,
    decoderLayers: 2,
    vocabSize,
    maxSourcePositions: 1500,
    maxTargetPositions: 448,
  };
}

export function writeWhisperModel(
  outDir: string,
  size: ModelSize = 'test',
  layout: DecoderLayout = 'merged',
): void {
  const bpe = learnBpe(corpus(), 400);
  // whisper-base's multilingual vocabulary: 50257 text tokens, eot at 50257, 99 languages.
  const languages =
    size === 'base' ? ['en', ...Array.from({ length: 98 }, (_, i) => `x${i}`)] : ['en', 'de', 'es', 'fr'];
  if (size === 'base') {
    // Unreachable filler tokens pad the text vocabulary to Whisper's size (realistic logits cost).
    for (let i = bpe.vocab.length; i < 50257; i++) bpe.vocab.push(`Ā<${i}>`);
  }
  const { ids, names } = specialTokens(bpe.vocab.length, languages);
  const dims = dimsFor(size, ids.vocabSize);
  const conditioning = { eotId: ids.eot, timestampBeginId: ids.timestampBegin, typicalLength: 40 };

  mkdirSync(join(outDir, 'onnx'), { recursive: true });
  writeFileSync(join(outDir, 'onnx/encoder_model.onnx'), buildEncoder(dims, mulberry32(SEED)));
  if (layout === 'merged') {
    writeFileSync(
      join(outDir, 'onnx/decoder_model_merged.onnx'),
      buildMergedDecoder(dims, mulberry32(SEED + 1), conditioning),
    );
  } else {
    const pair = buildDecoderPair(dims, () => mulberry32(SEED + 1), conditioning);
    writeFileSync(join(outDir, 'onnx/decoder_model.onnx'), pair.decoder);
    writeFileSync(join(outDir, 'onnx/decoder_with_past_model.onnx'), pair.decoderWithPast);
  }

  const specialsToSuppress = [
    ids.sot,
    ...Object.values(ids.languages),
    ids.translate,
    ids.transcribe,
    ids.startOfLm,
    ids.startOfPrev,
    ids.noSpeech,
    ids.noTimestamps,
  ];
  const spaceId = 220;
  const json = (name: string, value: unknown) =>
    writeFileSync(join(outDir, name), `${JSON.stringify(value, null, 2)}\n`);
  json('config.json', {
    _name_or_path: `scribe/whisper-${size}-random`,
    architectures: ['WhisperForConditionalGeneration'],
    model_type: 'whisper',
    is_encoder_decoder: true,
    vocab_size: dims.vocabSize,
    num_mel_bins: dims.nMels,
    d_model: dims.dModel,
    encoder_layers: dims.encoderLayers,
    decoder_layers: dims.decoderLayers,
    encoder_attention_heads: dims.heads,
    decoder_attention_heads: dims.heads,
    encoder_ffn_dim: dims.ffnDim,
    decoder_ffn_dim: dims.ffnDim,
    max_source_positions: dims.maxSourcePositions,
    max_target_positions: dims.maxTargetPositions,
    activation_function: 'gelu',
    scale_embedding: false,
    use_cache: true,
    bos_token_id: ids.eot,
    eos_token_id: ids.eot,
    pad_token_id: ids.eot,
    decoder_start_token_id: ids.sot,
    begin_suppress_tokens: [spaceId, ids.eot],
    suppress_tokens: specialsToSuppress,
    torch_dtype: 'float32',
  });
  json('generation_config.json', {
    begin_suppress_tokens: [spaceId, ids.eot],
    bos_token_id: ids.eot,
    decoder_start_token_id: ids.sot,
    eos_token_id: ids.eot,
    pad_token_id: ids.eot,
    is_multilingual: true,
    lang_to_id: Object.fromEntries(Object.entries(ids.languages).map(([l, id]) => [`<|${l}|>`, id])),
    task_to_id: { transcribe: ids.transcribe, translate: ids.translate },
    max_initial_timestamp_index: 50,
    max_length: dims.maxTargetPositions,
    no_timestamps_token_id: ids.noTimestamps,
    prev_sot_token_id: ids.startOfPrev,
    return_timestamps: false,
    suppress_tokens: specialsToSuppress,
  });
  json('preprocessor_config.json', {
    chunk_length: 30,
    feature_extractor_type: 'WhisperFeatureExtractor',
    feature_size: dims.nMels,
    hop_length: 160,
    n_fft: 400,
    n_samples: 480000,
    nb_max_frames: 3000,
    padding_side: 'right',
    padding_value: 0.0,
    processor_class: 'WhisperProcessor',
    return_attention_mask: false,
    sampling_rate: 16000,
  });
  json('tokenizer.json', tokenizerJson(bpe, names, ids.timestampBegin));
  json('tokenizer_config.json', {
    tokenizer_class: 'WhisperTokenizer',
    add_prefix_space: false,
    bos_token: '<|endoftext|>',
    eos_token: '<|endoftext|>',
    unk_token: '<|endoftext|>',
    pad_token: '<|endoftext|>',
    model_max_length: 1024,
    errors: 'replace',
    clean_up_tokenization_spaces: true,
  });
}

/** Records the committed test model's sizes and hashes in models/catalog.json (so drift is caught). */
function recordInCatalog(modelDir: string): void {
  const catalogPath = join(repoRoot, 'models/catalog.json');
  const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as {
    models: { id: string; files: unknown; precisions: unknown }[];
  };
  const describe = (path: string) => {
    const bytes = readFileSync(join(modelDir, path));
    return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
  const entry = catalog.models.find((m) => m.id === 'test-model');
  if (!entry) throw new Error('models/catalog.json has no test-model entry');
  entry.files = TEXT_FILES.map(describe);
  entry.precisions = { fp32: ['onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx'].map(describe) };
  writeFileSync(catalogPath, `${JSON.stringify(catalog, null, 2)}\n`);
}

export const TEXT_FILES = [
  'config.json',
  'generation_config.json',
  'preprocessor_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
];

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = (arg('--size') ?? 'test') as ModelSize;
  if (size !== 'test' && size !== 'base') throw new Error(`--size must be test or base, got ${size}`);
  const layout = (arg('--layout') ?? 'merged') as DecoderLayout;
  const out = resolve(
    arg('--out') ?? join(repoRoot, size === 'base' ? 'models/.bench-base' : 'models/test-model'),
  );
  writeWhisperModel(out, size, layout);
  if (out === join(repoRoot, 'models/test-model') && layout === 'merged') recordInCatalog(out);
  process.stderr.write(`wrote ${size} model (${layout} decoder) to ${out}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  main(process.argv.slice(2));
