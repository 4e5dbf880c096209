import { z } from 'zod';
import { AppError } from '../../errors.js';
import { bytesToTokenString } from './byte-level.js';

/** The parts of a Hugging Face tokenizer.json a Whisper byte-level BPE needs. */
const tokenizerJsonSchema = z.object({
  model: z.object({
    type: z.literal('BPE'),
    vocab: z.record(z.string(), z.number().int().nonnegative()),
    // tokenizers ≥ 0.20 writes merges as [left, right] pairs, older files as "left right".
    merges: z.array(z.union([z.string(), z.tuple([z.string(), z.string()])])),
  }),
  added_tokens: z
    .array(
      z.object({
        id: z.number().int().nonnegative(),
        content: z.string().min(1),
        special: z.boolean().optional(),
      }),
    )
    .default([]),
  pre_tokenizer: z.looseObject({ type: z.string() }).nullable().optional(),
});

export interface ParsedTokenizerJson {
  vocab: Record<string, number>;
  merges: [string, string][];
  addedTokens: { id: number; content: string }[];
}

export function parseTokenizerJson(json: unknown): ParsedTokenizerJson {
  const result = tokenizerJsonSchema.safeParse(json);
  if (!result.success) {
    throw new AppError(
      'invalid_model',
      `tokenizer.json is not a byte-level BPE tokenizer: ${z.prettifyError(result.error)}`,
      {
        cause: result.error,
      },
    );
  }
  const { model, added_tokens, pre_tokenizer } = result.data;
  const preType = pre_tokenizer?.type;
  if (preType !== undefined && preType !== 'ByteLevel' && preType !== 'Sequence') {
    throw new AppError(
      'invalid_model',
      `tokenizer.json pre_tokenizer ${preType} is not supported (Whisper uses ByteLevel)`,
    );
  }
  const merges = model.merges.map((m): [string, string] => {
    if (typeof m !== 'string') return m;
    const space = m.indexOf(' ');
    if (space <= 0)
      throw new AppError('invalid_model', `tokenizer.json has a malformed merge: ${JSON.stringify(m)}`);
    return [m.slice(0, space), m.slice(space + 1)];
  });
  return { vocab: model.vocab, merges, addedTokens: added_tokens };
}

/** Parses a .tiktoken file ("<base64 token bytes> <rank>" per line) into byte-level token → rank. */
export function parseTiktokenRanks(text: string): Map<string, number> {
  const ranks = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const [b64, rankText, extra] = line.split(' ');
    const rank = Number(rankText);
    if (b64 === undefined || extra !== undefined || !Number.isInteger(rank) || rank < 0) {
      throw new AppError('invalid_model', `.tiktoken line ${i + 1} is not "<base64> <rank>"`);
    }
    const bytes = decodeBase64(b64);
    if (bytes === undefined)
      throw new AppError('invalid_model', `.tiktoken line ${i + 1} has invalid base64`);
    ranks.set(bytesToTokenString(bytes), rank);
  }
  if (ranks.size === 0) throw new AppError('invalid_model', '.tiktoken file has no ranks');
  return ranks;
}

/**
 * atob is in browsers and Node ≥ 16, so no Buffer (keeps this module runtime-agnostic). Lenient like
 * Python's b64decode about a padding-only token: multilingual.tiktoken's rank 50256 is "=" (empty).
 */
function decodeBase64(b64: string): Uint8Array | undefined {
  let binary: string;
  try {
    binary = /^=+$/.test(b64) ? '' : atob(b64);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
