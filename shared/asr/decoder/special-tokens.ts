import { AppError } from '../../errors.js';
import type { GenerationConfig } from './model-config.js';

/** What the engine needs from a Whisper tokenizer (shared/asr/tokenizer's WhisperTokenizer fits). */
export interface WhisperTextTokenizer {
  encode(text: string): number[];
  decode(ids: readonly number[], options?: { skipSpecialTokens?: boolean }): string;
  tokenToId(token: string): number | undefined;
}

export interface SpecialTokens {
  sot: number;
  eot: number;
  noTimestamps: number;
  timestampBegin: number;
  sotPrev: number | undefined;
  noSpeech: number | undefined;
  startOfLm: number | undefined;
  transcribe: number | undefined;
  translate: number | undefined;
  languages: Record<string, number>; // 'en' → id
  multilingual: boolean;
}

/** Special token ids from generation_config.json, with the tokenizer filling what older exports omit. */
export function resolveSpecialTokens(gen: GenerationConfig, tokenizer: WhisperTextTokenizer): SpecialTokens {
  const languages: Record<string, number> = {};
  for (const [token, id] of Object.entries(gen.lang_to_id))
    languages[token.replace(/^<\|(.*)\|>$/, '$1')] = id;
  return {
    sot: gen.decoder_start_token_id,
    eot: gen.eos_token_id,
    noTimestamps: gen.no_timestamps_token_id,
    // Hugging Face and OpenAI both place <|0.00|> right after <|notimestamps|>.
    timestampBegin: gen.no_timestamps_token_id + 1,
    sotPrev: gen.prev_sot_token_id ?? tokenizer.tokenToId('<|startofprev|>'),
    noSpeech: tokenizer.tokenToId('<|nospeech|>') ?? tokenizer.tokenToId('<|nocaptions|>'),
    startOfLm: tokenizer.tokenToId('<|startoflm|>'),
    transcribe: gen.task_to_id.transcribe ?? tokenizer.tokenToId('<|transcribe|>'),
    translate: gen.task_to_id.translate ?? tokenizer.tokenToId('<|translate|>'),
    languages,
    multilingual: gen.is_multilingual,
  };
}

export interface PromptOptions {
  language?: string;
  task?: 'transcribe' | 'translate';
  timestamps: boolean;
  /** Already-encoded initial prompt (vocabulary bias), placed after <|startofprev|>. */
  promptTokens?: readonly number[];
  /** Decoder context (448); the prompt keeps at most half of it, as OpenAI does. */
  maxTargetPositions: number;
}

/** OpenAI's initial tokens: [<|startofprev|> prompt…] SOT [lang task] [<|notimestamps|>]. */
export function buildPrompt(s: SpecialTokens, o: PromptOptions): { tokens: number[]; sotIndex: number } {
  const tokens: number[] = [];
  if (o.promptTokens && o.promptTokens.length > 0) {
    if (s.sotPrev === undefined)
      throw new AppError('invalid_model', 'this model has no <|startofprev|> token for prompts');
    tokens.push(s.sotPrev, ...o.promptTokens.slice(-(Math.floor(o.maxTargetPositions / 2) - 1)));
  }
  const sotIndex = tokens.length;
  tokens.push(s.sot);
  if (s.multilingual) {
    const language = o.language ?? 'en';
    const languageId = s.languages[language];
    if (languageId === undefined)
      throw new AppError('bad_request', `this model has no language "${language}"`);
    const task = o.task === 'translate' ? s.translate : s.transcribe;
    if (task === undefined) throw new AppError('invalid_model', 'this model has no task tokens');
    tokens.push(languageId, task);
  } else if (o.language !== undefined && o.language !== 'en') {
    throw new AppError('bad_request', `an English-only model cannot transcribe "${o.language}"`);
  }
  if (!o.timestamps) tokens.push(s.noTimestamps);
  return { tokens, sotIndex };
}

/** OpenAI's `_get_suppress_tokens`: the config's list plus the control tokens a transcript never contains. */
export function suppressList(gen: GenerationConfig, s: SpecialTokens): number[] {
  const ids = new Set(gen.suppress_tokens);
  for (const id of [s.transcribe, s.translate, s.sot, s.sotPrev, s.startOfLm, s.noSpeech]) {
    if (id !== undefined) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}
