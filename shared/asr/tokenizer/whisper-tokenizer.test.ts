import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readAsrJson, readAsrText } from '../../../test/fixtures/speech/shared-data.js';
import { AppError } from '../../errors.js';
import { WhisperTokenizer } from './whisper-tokenizer.js';

const englishOnly = WhisperTokenizer.fromTiktoken(readAsrText('whisper-assets', 'gpt2.tiktoken'), {
  multilingual: false,
});
const multilingualJson = readAsrJson('tokenizer-multilingual', 'tokenizer.json');
const multilingual = WhisperTokenizer.fromTokenizerJson(multilingualJson);

const JFK =
  'And so my fellow Americans ask not what your country can do for you, ask what you can do for your country.';

const vectorsSchema = z.object({
  cases: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        text: z.string(),
        tokens: z.array(z.string()),
        ids: z.array(z.number()),
        decoded: z.string(),
      }),
    ),
  ),
});

describe('WhisperTokenizer (English-only, gpt2.tiktoken)', () => {
  it('lays out the specials like openai/whisper for tiny.en', () => {
    expect(englishOnly.eotId).toBe(50256);
    expect(englishOnly.sotId).toBe(50257);
    expect(englishOnly.tokenToId('<|en|>')).toBe(50258);
    expect(englishOnly.tokenToId('<|transcribe|>')).toBe(50358);
    expect(englishOnly.sotPrevId).toBe(50360);
    expect(englishOnly.noSpeechId).toBe(50361);
    expect(englishOnly.noTimestampsId).toBe(50362);
    expect(englishOnly.timestampBeginId).toBe(50363);
    expect(englishOnly.vocabSize).toBe(51864);
    expect(englishOnly.idToToken(51863)).toBe('<|30.00|>');
  });

  const vectors = vectorsSchema.parse(readAsrJson('oracles', 'tokenizer-whisper-tiny.en-vectors.json'));
  const cases = Object.entries(vectors.cases['onnx-community/whisper-tiny.en']!);

  it('has the 24 transformers.js vectors', () => {
    expect(cases).toHaveLength(24);
  });

  it.each(cases)('matches the transformers.js vector %s', (name, vector) => {
    // The vectors come from HF, which recognises special-token text in the input.
    const ids = englishOnly.encode(vector.text, { allowSpecial: name === 'SPECIAL_TOKENS' });
    expect([englishOnly.sotId, englishOnly.noTimestampsId, ...ids, englishOnly.eotId]).toEqual(vector.ids);
    expect(ids.map((id) => englishOnly.idToToken(id))).toEqual(vector.tokens);
    expect(englishOnly.decode(vector.ids, { cleanUpTokenizationSpaces: true })).toBe(vector.decoded);
    // Without clean-up (openai/whisper behaviour) the text round-trips exactly.
    expect(englishOnly.decode(ids)).toBe(vector.text);
  });

  it('treats special-token text as plain text unless allowSpecial is set', () => {
    const ids = englishOnly.encode('<|endoftext|>');
    expect(ids).not.toContain(englishOnly.eotId);
    expect(englishOnly.decode(ids)).toBe('<|endoftext|>');
    expect(englishOnly.encode('<|endoftext|>', { allowSpecial: true })).toEqual([englishOnly.eotId]);
  });

  it('decodes the OpenAI tiny.en greedy tokens for jfk into the JFK sentence', () => {
    const single = z
      .object({ tokens: z.array(z.number()), transcript: z.string() })
      .parse(readAsrJson('oracles', 'jfk.oracle.json'));
    const decoded = englishOnly.decode(single.tokens, { skipSpecialTokens: true }).trim();
    expect(decoded).toBe(single.transcript);
    expect(decoded).toBe(JFK);
    const full = z
      .object({
        cases: z.array(
          z.object({ name: z.string(), final_tokens: z.array(z.number()), transcript: z.string() }),
        ),
      })
      .parse(readAsrJson('oracles', 'fullfile.greedy_notimestamps.oracle.json'));
    const jfkCase = full.cases.find((c) => c.name === 'jfk')!;
    expect(englishOnly.decode(jfkCase.final_tokens)).toBe(jfkCase.transcript);
    expect(jfkCase.transcript).toContain('ask not what your country can do for you');
  });

  it('identifies and times timestamp tokens', () => {
    const t = englishOnly.timestampBeginId;
    expect(englishOnly.isTimestamp(t)).toBe(true);
    expect(englishOnly.isTimestamp(t - 1)).toBe(false);
    expect(englishOnly.isTimestamp(t + 1501)).toBe(false);
    expect(englishOnly.timestampSeconds(t + 62)).toBe(1.24);
    expect(englishOnly.timestampSeconds(t + 1500)).toBe(30);
    expect(() => englishOnly.timestampSeconds(5)).toThrow(RangeError);
    expect(englishOnly.isSpecial(t + 3)).toBe(true);
    expect(englishOnly.isSpecial(843)).toBe(false);
    expect(englishOnly.decode([t, 843, t + 50], { skipSpecialTokens: true })).toBe(' And');
    expect(englishOnly.decode([t, 843, t + 50])).toBe('<|0.00|> And<|1.00|>');
  });
});

describe('WhisperTokenizer (multilingual)', () => {
  it('loads the HF tokenizer.json with all specials and timestamps', () => {
    expect(multilingual.vocabSize).toBe(51865);
    expect(multilingual.eotId).toBe(50257);
    expect(multilingual.sotId).toBe(50258);
    expect(multilingual.tokenToId('<|en|>')).toBe(50259);
    expect(multilingual.tokenToId('<|transcribe|>')).toBe(50359);
    expect(multilingual.sotPrevId).toBe(50361);
    expect(multilingual.noSpeechId).toBe(50362);
    expect(multilingual.noTimestampsId).toBe(50363);
    expect(multilingual.timestampBeginId).toBe(50364);
    expect(multilingual.idToToken(51864)).toBe('<|30.00|>');
  });

  it('builds the same ids from multilingual.tiktoken as from tokenizer.json', () => {
    const fromTiktoken = WhisperTokenizer.fromTiktoken(
      readAsrText('whisper-assets', 'multilingual.tiktoken'),
      {
        multilingual: true,
      },
    );
    expect(fromTiktoken.vocabSize).toBe(multilingual.vocabSize);
    for (let id = 50257; id < multilingual.vocabSize; id++) {
      const token = multilingual.idToToken(id)!;
      // HF keeps the old name <|nocaptions|> for what openai/whisper now calls <|nospeech|>.
      expect(fromTiktoken.idToToken(id)).toBe(token === '<|nocaptions|>' ? '<|nospeech|>' : token);
    }
    const text = ' Patient reports chest pain, 3/10, since Tuesday — no fever. Fièvre: non. 发烧 😷';
    expect(fromTiktoken.encode(text)).toEqual(multilingual.encode(text));
  });

  it.each([
    'Café crème, déjà vu: naïve résumé',
    '患者主诉胸痛三天。中文测试',
    'Pain 😷🤒 score 7/10 👍🏽',
    'Ünïcödé ß ø å ñ — “quotes” …',
  ])('round-trips non-ASCII text: %s', (text) => {
    const ids = multilingual.encode(text);
    expect(ids.every((id) => !multilingual.isSpecial(id))).toBe(true);
    expect(multilingual.decode(ids)).toBe(text);
    // Byte-level BPE never needs an unknown token, and multi-byte characters span several tokens.
    expect(ids.length).toBeGreaterThan(0);
  });

  it('replaces invalid UTF-8 from a cut sequence instead of throwing', () => {
    const ids = multilingual.encode('𝄞');
    expect(ids.length).toBeGreaterThan(1);
    expect(multilingual.decode(ids.slice(0, 1))).toBe('\uFFFD');
  });
});

describe('WhisperTokenizer input validation', () => {
  it('rejects malformed files with invalid_model', () => {
    const expectInvalidModel = (fn: () => unknown) => {
      try {
        fn();
        throw new Error('expected a throw');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('invalid_model');
      }
    };
    expectInvalidModel(() => WhisperTokenizer.fromTokenizerJson({ model: { type: 'WordPiece', vocab: {} } }));
    expectInvalidModel(() =>
      WhisperTokenizer.fromTokenizerJson({ model: { type: 'BPE', vocab: { a: 0 }, merges: [] } }),
    );
    expectInvalidModel(() => WhisperTokenizer.fromTiktoken('not base64 at all', { multilingual: true }));
    expectInvalidModel(() => WhisperTokenizer.fromTiktoken('IQ== 0\n', { multilingual: false }));
    expectInvalidModel(() => englishOnly.decode([999_999]));
  });
});
