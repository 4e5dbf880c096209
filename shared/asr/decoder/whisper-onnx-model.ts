import { AppError } from '../../errors.js';
import type { OrtModule, OrtSession, OrtTensor, SessionOptions } from '../runtime/ort-types.js';
import type { WhisperConfig } from './model-config.js';
import type { OnnxFiles } from './model-files.js';

/** Decoder self-attention and cross-attention K/V from the previous step, by `past_key_values.*` name. */
export type KvCache = Map<string, OrtTensor>;

export interface DecoderOutput {
  /** Row-major [newTokens × vocabSize] logits for every fed position. */
  logits: Float32Array;
  vocabSize: number;
  cache: KvCache;
}

const N_FRAMES = 3000; // Whisper encodes exactly 30 s: 3000 log-mel frames

/**
 * The two (or three) ONNX sessions of an Optimum Whisper export behind one interface: `encode`
 * log-mel features, then `decode` tokens with an optional KV cache. Runtime-agnostic: the ONNX
 * Runtime module is a parameter.
 */
export class WhisperOnnxModel {
  private constructor(
    private readonly ort: OrtModule,
    private readonly config: WhisperConfig,
    private readonly encoder: OrtSession,
    private readonly decoderNoPast: OrtSession,
    private readonly decoderWithPast: OrtSession,
    readonly layout: 'merged' | 'pair',
  ) {}

  static async create(ort: OrtModule, config: WhisperConfig, files: OnnxFiles, options: SessionOptions = {}) {
    // Sessions opened so far: released if a later one fails (on WebGPU they hold GPU buffers, and
    // the caller falls back to WASM without ever seeing them).
    const opened: OrtSession[] = [];
    const open = async (bytes: Uint8Array, name: string, sessionOptions = options) => {
      try {
        const session = await ort.InferenceSession.create(bytes, sessionOptions);
        opened.push(session);
        return session;
      } catch (cause) {
        for (const s of opened) await s.release().catch(() => {});
        throw new AppError('invalid_model', `ONNX Runtime could not load ${name}`, {
          cause,
          details: { name },
        });
      }
    };
    const encoder = await open(files.encoder, 'encoder');
    // On WebGPU the KV cache stays on the GPU between steps: reading it back and uploading it again
    // at every token would cost more than the step itself.
    const decoderOptions: SessionOptions = usesWebGpu(options)
      ? { ...options, preferredOutputLocation: presentsOnGpu(config) }
      : options;
    const openDecoder = (bytes: Uint8Array, name: string) => open(bytes, name, decoderOptions);
    if (files.decoder.layout === 'merged') {
      const merged = await openDecoder(files.decoder.merged, 'decoder_model_merged');
      return new WhisperOnnxModel(ort, config, encoder, merged, merged, 'merged');
    }
    const noPast = await openDecoder(files.decoder.decoder, 'decoder_model');
    const withPast = await openDecoder(files.decoder.decoderWithPast, 'decoder_with_past_model');
    return new WhisperOnnxModel(ort, config, encoder, noPast, withPast, 'pair');
  }

  get nMels(): number {
    return this.config.num_mel_bins;
  }

  /** Encodes one 30 s window of row-major [nMels × 3000] log-mel features. */
  async encode(features: Float32Array): Promise<OrtTensor> {
    if (features.length !== this.nMels * N_FRAMES) {
      throw new AppError(
        'invalid_audio',
        `expected ${this.nMels}×${N_FRAMES} log-mel features, got ${features.length} values`,
      );
    }
    const input = new this.ort.Tensor('float32', features, [1, this.nMels, N_FRAMES]);
    const out = await this.encoder.run({ input_features: input });
    const hidden = out.last_hidden_state ?? out[this.encoder.outputNames[0] ?? ''];
    if (!hidden) throw new AppError('invalid_model', 'encoder produced no last_hidden_state');
    return hidden;
  }

  /** Runs the decoder on `tokens` (all of them without a cache, the new ones with it). */
  async decode(
    tokens: readonly number[],
    encoderHidden: OrtTensor,
    cache: KvCache | null,
  ): Promise<DecoderOutput> {
    const session = cache ? this.decoderWithPast : this.decoderNoPast;
    const feeds: Record<string, OrtTensor> = {
      input_ids: new this.ort.Tensor(
        'int64',
        BigInt64Array.from(tokens, (t) => BigInt(t)),
        [1, tokens.length],
      ),
      encoder_hidden_states: encoderHidden,
    };
    if (this.layout === 'merged') {
      feeds.use_cache_branch = new this.ort.Tensor('bool', [cache !== null], [1]);
      for (const name of session.inputNames) {
        if (name.startsWith('past_key_values.')) feeds[name] = cache?.get(name) ?? this.emptyPast();
      }
    } else if (cache) {
      for (const [name, tensor] of cache) feeds[name] = tensor;
    }
    const inputs = Object.fromEntries(
      Object.entries(feeds).filter(([name]) => session.inputNames.includes(name)),
    );
    // Once cached, the cross-attention K/V never change: not fetching them back saves copying
    // megabytes (layers × 2 × 1500 × d_model floats) out of the runtime at every token.
    const fetches = cache
      ? session.outputNames.filter((name) => !(name.startsWith('present.') && name.includes('.encoder.')))
      : session.outputNames;
    const out = await session.run(inputs, fetches);
    const logitsTensor = out.logits;
    if (logitsTensor?.type !== 'float32') {
      throw new AppError(
        'invalid_model',
        'decoder must output float32 `logits` (fp16 I/O is not supported yet)',
      );
    }
    const next: KvCache = new Map();
    for (const [name, tensor] of Object.entries(out)) {
      if (!name.startsWith('present.')) continue;
      const pastName = name.replace('present.', 'past_key_values.');
      // Cross-attention K/V depend only on the audio: keep the first step's (Optimum does the same).
      const keep = name.includes('.encoder.') ? cache?.get(pastName) : undefined;
      next.set(pastName, keep ?? tensor);
    }
    if (cache) {
      for (const [name, tensor] of cache) {
        const replacement = next.get(name);
        if (!replacement) next.set(name, tensor);
        else if (replacement !== tensor) freeGpu(tensor); // the consumed step's self-attention K/V
      }
    }
    const vocabSize = logitsTensor.dims[2] ?? this.config.vocab_size;
    return { logits: logitsTensor.data as Float32Array, vocabSize, cache: next };
  }

  /** Frees a cache's GPU buffers (CPU tensors are left to the garbage collector). */
  disposeCache(cache: KvCache): void {
    for (const tensor of cache.values()) freeGpu(tensor);
  }

  private emptyPast(): OrtTensor {
    const heads = this.config.decoder_attention_heads;
    return new this.ort.Tensor('float32', new Float32Array(0), [1, heads, 0, this.config.d_model / heads]);
  }

  async release(): Promise<void> {
    const sessions = new Set([this.encoder, this.decoderNoPast, this.decoderWithPast]);
    for (const s of sessions) await s.release();
  }
}

const freeGpu = (tensor: OrtTensor) => {
  if (tensor.location === 'gpu-buffer') tensor.dispose();
};

function usesWebGpu(options: SessionOptions): boolean {
  return (options.executionProviders ?? []).some(
    (ep) => (typeof ep === 'string' ? ep : ep.name) === 'webgpu',
  );
}

/** `present.*` outputs of either decoder layout kept on the GPU; names a layout lacks are ignored. */
function presentsOnGpu(config: WhisperConfig): Record<string, 'gpu-buffer'> {
  const out: Record<string, 'gpu-buffer'> = {};
  for (let i = 0; i < config.decoder_layers; i++)
    for (const kind of ['decoder', 'encoder'])
      for (const kv of ['key', 'value']) out[`present.${i}.${kind}.${kv}`] = 'gpu-buffer';
  return out;
}
