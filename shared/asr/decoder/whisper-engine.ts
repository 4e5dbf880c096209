import { AppError } from '../../errors.js';
import { CHUNK_SAMPLES, LogMelExtractor } from '../audio/log-mel.js';
import type { FileReader, OrtModule, SessionOptions } from '../runtime/ort-types.js';
import { WhisperTokenizer } from '../tokenizer/whisper-tokenizer.js';
import type { LogitRules } from './decode-loop.js';
import {
  type GenerationConfig,
  generationConfigSchema,
  parseModelJson,
  preprocessorConfigSchema,
  type WhisperConfig,
  whisperConfigSchema,
} from './model-config.js';
import { joinPath, type Precision, readOnnxFiles } from './model-files.js';
import {
  buildPrompt,
  resolveSpecialTokens,
  type SpecialTokens,
  suppressList,
  type WhisperTextTokenizer,
} from './special-tokens.js';
import { type FallbackOptions, transcribeEncodedWindow, type WindowResult } from './transcribe-window.js';
import { WhisperOnnxModel } from './whisper-onnx-model.js';

export interface LoadWhisperOptions {
  /** onnxruntime-web or onnxruntime-node. */
  ort: OrtModule;
  readFile: FileReader;
  /** Folder in the Hugging Face / Optimum export layout. */
  modelDir: string;
  precision?: Precision;
  sessionOptions?: SessionOptions;
  /** Defaults to shared/asr/tokenizer's WhisperTokenizer over tokenizer.json. */
  createTokenizer?: (tokenizerJson: unknown) => WhisperTextTokenizer;
}

export interface WindowOptions {
  language?: string;
  task?: 'transcribe' | 'translate';
  timestamps?: boolean;
  /** Initial prompt text: biases vocabulary (names, drugs) via <|startofprev|>. */
  prompt?: string;
  maxNewTokens?: number;
  /** false = no KV cache (re-run the prefix each step); only useful to test the cache. */
  useKvCache?: boolean;
  /** Temperature fallback settings; `{ temperatures: [0] }` is plain greedy decoding. */
  fallback?: Partial<FallbackOptions>;
  /** Report each greedy decision's logit margin (`margins`), e.g. to compare backends. */
  margins?: boolean;
}

export interface WindowTranscript extends WindowResult {
  /** Text of the non-timestamp tokens; empty when the window was judged silence. */
  text: string;
}

/** A loaded Whisper model: features → tokens → text for windows of at most 30 s. */
export class WhisperEngine {
  private readonly melExtractor: LogMelExtractor;

  private constructor(
    readonly model: WhisperOnnxModel,
    readonly config: WhisperConfig,
    readonly generation: GenerationConfig,
    readonly tokenizer: WhisperTextTokenizer,
    readonly special: SpecialTokens,
    readonly precision: Precision,
  ) {
    this.melExtractor = new LogMelExtractor(config.num_mel_bins);
  }

  static async load(o: LoadWhisperOptions): Promise<WhisperEngine> {
    const read = async (name: string) => {
      try {
        return await o.readFile(joinPath(o.modelDir, name));
      } catch (cause) {
        throw new AppError('model_not_found', `missing ${name} in model folder ${o.modelDir}`, { cause });
      }
    };
    const config = parseModelJson(whisperConfigSchema, await read('config.json'), 'config.json');
    const generation = parseModelJson(
      generationConfigSchema,
      await read('generation_config.json'),
      'generation_config.json',
    );
    const preprocessor = parseModelJson(
      preprocessorConfigSchema,
      await read('preprocessor_config.json'),
      'preprocessor_config.json',
    );
    if (preprocessor.feature_size !== config.num_mel_bins) {
      throw new AppError(
        'invalid_model',
        `preprocessor has ${preprocessor.feature_size} mels but the model expects ${config.num_mel_bins}`,
      );
    }
    const tokenizerJson: unknown = JSON.parse(new TextDecoder().decode(await read('tokenizer.json')));
    const tokenizer = o.createTokenizer
      ? o.createTokenizer(tokenizerJson)
      : WhisperTokenizer.fromTokenizerJson(tokenizerJson);
    const precision = o.precision ?? 'fp32';
    const files = await readOnnxFiles(o.readFile, o.modelDir, precision);
    const model = await WhisperOnnxModel.create(o.ort, config, files, o.sessionOptions);
    return new WhisperEngine(
      model,
      config,
      generation,
      tokenizer,
      resolveSpecialTokens(generation, tokenizer),
      precision,
    );
  }

  /** Whisper log-mel features of ≤ 30 s of 16 kHz audio, zero-padded to 3000 frames. */
  features(pcm16k: Float32Array): Float32Array {
    if (pcm16k.length > CHUNK_SAMPLES) {
      throw new AppError(
        'invalid_audio',
        'a Whisper window is at most 30 s; feed longer audio through the Transcriber',
      );
    }
    return this.melExtractor.compute(pcm16k);
  }

  async transcribe(pcm16k: Float32Array, options: WindowOptions = {}): Promise<WindowTranscript> {
    return this.transcribeFeatures(this.features(pcm16k), options);
  }

  async transcribeFeatures(features: Float32Array, options: WindowOptions = {}): Promise<WindowTranscript> {
    const timestamps = options.timestamps ?? false;
    const prompt = buildPrompt(this.special, {
      language: options.language,
      task: options.task,
      timestamps,
      promptTokens: options.prompt ? this.tokenizer.encode(` ${options.prompt.trim()}`) : undefined,
      maxTargetPositions: this.config.max_target_positions,
    });
    const rules: LogitRules = {
      eotId: this.special.eot,
      noSpeechId: this.special.noSpeech,
      suppress: suppressList(this.generation, this.special),
      beginSuppress: this.generation.begin_suppress_tokens,
      timestampRules: {
        eotId: this.special.eot,
        noTimestampsId: this.special.noTimestamps,
        timestampBeginId: this.special.timestampBegin,
        maxInitialTimestampIndex: this.generation.max_initial_timestamp_index,
      },
    };
    // OpenAI samples at most n_ctx / 2 tokens per window; the context must also hold the prompt.
    const room = this.config.max_target_positions - prompt.tokens.length;
    const maxNewTokens = Math.min(
      options.maxNewTokens ?? Math.floor(this.config.max_target_positions / 2),
      room,
    );
    const encoded = await this.model.encode(features);
    const result = await transcribeEncodedWindow(this.model, encoded, prompt, rules, (t) => this.textOf(t), {
      timestamps,
      maxNewTokens,
      useKvCache: options.useKvCache ?? true,
      fallback: options.fallback,
      margins: options.margins,
    });
    return { ...result, text: result.noSpeech ? '' : this.textOf(result.tokens) };
  }

  /** Text of generated tokens, timestamp and special tokens left out. */
  textOf(tokens: readonly number[]): string {
    const text = tokens.filter((t) => t < this.special.timestampBegin);
    return this.tokenizer.decode(text, { skipSpecialTokens: true }).trim();
  }

  async release(): Promise<void> {
    await this.model.release();
  }
}
