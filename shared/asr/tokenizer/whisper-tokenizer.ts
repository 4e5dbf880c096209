import { AppError } from '../../errors.js';
import { BytePairEncoder, type PairRank } from './bpe.js';
import { appendTokenBytes, textToTokenString } from './byte-level.js';
import { parseTiktokenRanks, parseTokenizerJson } from './tokenizer-files.js';
import {
  TIMESTAMP_COUNT,
  TIMESTAMP_STEP_SECONDS,
  timestampToken,
  whisperSpecialTokens,
} from './whisper-specials.js';

// GPT-2 pre-tokenizer (also Whisper's tiktoken pat_str): contractions, letters, digits, other
// symbols, each optionally with one leading space; runs of whitespace keep their last space for the next word.
const PRE_TOKENIZE = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

// Hugging Face `clean_up_tokenization_spaces`: drop the space BPE leaves before punctuation/contractions.
const CLEAN_UP: [string, string][] = [
  [' .', '.'],
  [' ?', '?'],
  [' !', '!'],
  [' ,', ','],
  [" ' ", "'"],
  [" n't", "n't"],
  [" 'm", "'m"],
  [" 's", "'s"],
  [" 've", "'ve"],
  [" 're", "'re"],
];

export interface EncodeOptions {
  /** Recognise special-token text such as '<|en|>' in the input (HF behaviour). Off by default so
   * user-typed text (e.g. a vocabulary prompt) can never inject control tokens. */
  allowSpecial?: boolean;
}

export interface DecodeOptions {
  /** Drop every special token, timestamps included. */
  skipSpecialTokens?: boolean;
  /** HF `clean_up_tokenization_spaces` (" ," → ","); off by default like openai/whisper. */
  cleanUpTokenizationSpaces?: boolean;
}

interface TokenizerParts {
  vocab: Map<string, number>;
  pairRank: PairRank;
  specials: Map<string, number>;
}

/**
 * Whisper byte-level BPE tokenizer, loaded from a Hugging Face tokenizer.json or from OpenAI's
 * .tiktoken rank files. Runtime-agnostic: callers read the files (fetch, fs) and pass the contents.
 */
export class WhisperTokenizer {
  readonly vocabSize: number;
  readonly eotId: number;
  readonly sotId: number;
  readonly noTimestampsId: number;
  readonly timestampBeginId: number;
  readonly sotPrevId: number | undefined;
  readonly noSpeechId: number | undefined;
  private readonly bpe: BytePairEncoder;
  private readonly tokenToIdMap: Map<string, number>;
  private readonly idToTokenList: (string | undefined)[];
  private readonly specialIds: Set<number>;
  private readonly specialPattern: RegExp;

  private constructor({ vocab, pairRank, specials }: TokenizerParts) {
    this.bpe = new BytePairEncoder(vocab, pairRank);
    const required = (token: string) => {
      const id = specials.get(token);
      if (id === undefined) throw new AppError('invalid_model', `Whisper tokenizer has no ${token} token`);
      return id;
    };
    this.eotId = required('<|endoftext|>');
    this.sotId = required('<|startoftranscript|>');
    this.noTimestampsId = required('<|notimestamps|>');
    this.sotPrevId = specials.get('<|startofprev|>');
    // openai/whisper renamed <|nocaptions|> to <|nospeech|>; HF files still use the old name.
    this.noSpeechId = specials.get('<|nospeech|>') ?? specials.get('<|nocaptions|>');
    // Older HF files list no timestamp tokens; Whisper always puts them right after <|notimestamps|>.
    if (!specials.has(timestampToken(0))) {
      for (let i = 0; i < TIMESTAMP_COUNT; i++) specials.set(timestampToken(i), this.noTimestampsId + 1 + i);
    }
    this.timestampBeginId = required(timestampToken(0));
    this.tokenToIdMap = new Map([...vocab, ...specials]);
    this.specialIds = new Set(specials.values());
    let maxId = 0;
    for (const id of this.tokenToIdMap.values()) maxId = Math.max(maxId, id);
    this.vocabSize = maxId + 1;
    this.idToTokenList = new Array<string | undefined>(this.vocabSize);
    for (const [token, id] of vocab) this.idToTokenList[id] = token;
    // Specials win when a vocabulary entry shares the id (HF lists <|endoftext|> in both).
    for (const [token, id] of specials) this.idToTokenList[id] = token;
    const escaped = [...specials.keys()]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.specialPattern = new RegExp(`(${escaped.join('|')})`);
  }

  /** From a Hugging Face tokenizer.json (byte-level BPE model + added_tokens). */
  static fromTokenizerJson(json: unknown): WhisperTokenizer {
    const parsed = parseTokenizerJson(json);
    const vocab = new Map(Object.entries(parsed.vocab));
    const merges = new Map(parsed.merges.map((pair, rank) => [`${pair[0]} ${pair[1]}`, rank]));
    const specials = new Map(parsed.addedTokens.map((t) => [t.content, t.id]));
    for (const token of specials.keys()) vocab.delete(token);
    return new WhisperTokenizer({ vocab, pairRank: (a, b) => merges.get(`${a} ${b}`), specials });
  }

  /**
   * From OpenAI's gpt2.tiktoken (English-only models) or multilingual.tiktoken, with the specials laid
   * out as openai/whisper does. `numLanguages` is 99 for every model except large-v3 (100).
   */
  static fromTiktoken(
    ranksText: string,
    options: { multilingual: boolean; numLanguages?: number },
  ): WhisperTokenizer {
    const vocab = parseTiktokenRanks(ranksText);
    const numLanguages = options.numLanguages ?? 99;
    if (!options.multilingual && vocab.size !== 50256) {
      throw new AppError(
        'invalid_model',
        `English-only Whisper expects the 50256 GPT-2 ranks, got ${vocab.size}`,
      );
    }
    const specials = new Map<string, number>();
    for (const [i, token] of whisperSpecialTokens(numLanguages).entries())
      specials.set(token, vocab.size + i);
    return new WhisperTokenizer({ vocab, pairRank: (a, b) => vocab.get(a + b), specials });
  }

  /** Token ids of `text`; adds no special tokens (prefix them yourself: sot, language, task, …). */
  encode(text: string, options: EncodeOptions = {}): number[] {
    const ids: number[] = [];
    const pieces = options.allowSpecial ? text.split(this.specialPattern) : [text];
    pieces.forEach((piece, i) => {
      // With a capturing split, odd pieces are the special tokens themselves.
      if (options.allowSpecial && i % 2 === 1) {
        ids.push(this.tokenToIdMap.get(piece)!);
        return;
      }
      for (const match of piece.matchAll(PRE_TOKENIZE))
        ids.push(...this.bpe.encodeWord(textToTokenString(match[0])));
    });
    return ids;
  }

  decode(ids: readonly number[], options: DecodeOptions = {}): string {
    let text = '';
    let bytes: number[] = [];
    const utf8 = new TextDecoder('utf-8', { fatal: false });
    const flushBytes = () => {
      // Decode byte runs as a whole: one character's UTF-8 bytes are often split across tokens.
      if (bytes.length > 0) text += utf8.decode(Uint8Array.from(bytes));
      bytes = [];
    };
    for (const id of ids) {
      const token = this.idToTokenList[id];
      if (token === undefined)
        throw new AppError('invalid_model', `Token id ${id} is outside the vocabulary`);
      if (this.specialIds.has(id)) {
        if (options.skipSpecialTokens) continue;
        flushBytes();
        text += token;
      } else if (!appendTokenBytes(token, bytes)) {
        throw new AppError('invalid_model', `Token ${id} is not a byte-level BPE token`);
      }
    }
    flushBytes();
    if (options.cleanUpTokenizationSpaces)
      for (const [from, to] of CLEAN_UP) text = text.replaceAll(from, to);
    return text;
  }

  tokenToId(token: string): number | undefined {
    return this.tokenToIdMap.get(token);
  }

  idToToken(id: number): string | undefined {
    return this.idToTokenList[id];
  }

  /** Every added token: control tokens, languages, tasks and timestamps. */
  isSpecial(id: number): boolean {
    return this.specialIds.has(id);
  }

  isTimestamp(id: number): boolean {
    return id >= this.timestampBeginId && id < this.timestampBeginId + TIMESTAMP_COUNT;
  }

  /** Seconds a timestamp token stands for (<|1.24|> → 1.24). */
  timestampSeconds(id: number): number {
    if (!this.isTimestamp(id)) throw new RangeError(`Token id ${id} is not a timestamp`);
    return Math.round((id - this.timestampBeginId) * TIMESTAMP_STEP_SECONDS * 100) / 100;
  }
}
