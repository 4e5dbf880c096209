/**
 * A small byte-level BPE (GPT-2 style) learned from English text, written in Hugging Face
 * tokenizer.json format with Whisper's special and timestamp tokens appended. The first 256 ids
 * follow GPT-2's byte order, so the space byte is id 220 exactly as in Whisper's vocabulary.
 */

const GPT2_SPLIT = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/** GPT-2 `bytes_to_unicode`: a printable stand-in character for every byte. */
function byteSymbols(): Map<number, string> {
  const printable = new Set<number>();
  for (let c = 33; c <= 126; c++) printable.add(c);
  for (let c = 161; c <= 172; c++) printable.add(c);
  for (let c = 174; c <= 255; c++) printable.add(c);
  const map = new Map<number, string>();
  let extra = 0;
  for (let byte = 0; byte < 256; byte++) {
    if (printable.has(byte)) map.set(byte, String.fromCodePoint(byte));
    else map.set(byte, String.fromCodePoint(256 + extra++));
  }
  return map;
}

export interface LearnedBpe {
  vocab: string[]; // id → token (byte-level symbols)
  merges: [string, string][];
}

export function learnBpe(text: string, numMerges: number): LearnedBpe {
  const symbols = byteSymbols();
  const encoder = new TextEncoder();
  const wordCounts = new Map<string, number>();
  for (const piece of text.match(GPT2_SPLIT) ?? []) {
    const word = [...encoder.encode(piece)].map((b) => symbols.get(b) ?? '').join('\u0000');
    wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  }
  let words = [...wordCounts.entries()].map(([w, n]) => ({ parts: w.split('\u0000'), n }));
  // GPT-2's id order: the printable bytes first, then the rest (so the space byte gets id 220).
  const vocab = [...symbols.entries()]
    .sort(([a, sa], [b, sb]) => sa.codePointAt(0)! - sb.codePointAt(0)! || a - b)
    .map(([, c]) => c);
  const merges: [string, string][] = [];
  for (let m = 0; m < numMerges; m++) {
    const pairCounts = new Map<string, number>();
    for (const { parts, n } of words) {
      for (let i = 0; i + 1 < parts.length; i++) {
        const key = `${parts[i]}\u0000${parts[i + 1]}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + n);
      }
    }
    let best: string | undefined;
    let bestCount = 1;
    for (const [key, count] of pairCounts) {
      // Ties broken lexicographically so the vocabulary is reproducible.
      if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
        best = key;
        bestCount = count;
      }
    }
    if (!best) break;
    const [a = '', b = ''] = best.split('\u0000');
    merges.push([a, b]);
    vocab.push(a + b);
    words = words.map(({ parts, n }) => {
      const out: string[] = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === a && parts[i + 1] === b) {
          out.push(a + b);
          i++;
        } else out.push(parts[i] ?? '');
      }
      return { parts: out, n };
    });
  }
  return { vocab, merges };
}

export interface SpecialTokenIds {
  eot: number;
  sot: number;
  languages: Record<string, number>;
  translate: number;
  transcribe: number;
  startOfLm: number;
  startOfPrev: number;
  noSpeech: number;
  noTimestamps: number;
  timestampBegin: number;
  vocabSize: number;
}

/** Whisper's special tokens in Whisper's order, then 1501 timestamps <|0.00|> … <|30.00|>. */
export function specialTokens(
  firstId: number,
  languages: string[],
): { ids: SpecialTokenIds; names: string[] } {
  const names = ['<|endoftext|>', '<|startoftranscript|>', ...languages.map((l) => `<|${l}|>`)];
  names.push(
    '<|translate|>',
    '<|transcribe|>',
    '<|startoflm|>',
    '<|startofprev|>',
    '<|nospeech|>',
    '<|notimestamps|>',
  );
  const timestampBegin = firstId + names.length;
  for (let i = 0; i <= 1500; i++) names.push(`<|${(i * 0.02).toFixed(2)}|>`);
  const id = (n: string) => firstId + names.indexOf(n);
  return {
    names,
    ids: {
      eot: id('<|endoftext|>'),
      sot: id('<|startoftranscript|>'),
      languages: Object.fromEntries(languages.map((l) => [l, id(`<|${l}|>`)])),
      translate: id('<|translate|>'),
      transcribe: id('<|transcribe|>'),
      startOfLm: id('<|startoflm|>'),
      startOfPrev: id('<|startofprev|>'),
      noSpeech: id('<|nospeech|>'),
      noTimestamps: id('<|notimestamps|>'),
      timestampBegin,
      vocabSize: firstId + names.length,
    },
  };
}

export function tokenizerJson(bpe: LearnedBpe, specials: string[], timestampBegin: number): unknown {
  const vocab: Record<string, number> = {};
  bpe.vocab.forEach((t, i) => {
    vocab[t] = i;
  });
  const first = bpe.vocab.length;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specials.map((content, i) => ({
      id: first + i,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      // As in Hugging Face's Whisper tokenizer.json: timestamps are added tokens but not "special".
      special: first + i < timestampBegin,
    })),
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges: bpe.merges.map(([a, b]) => `${a} ${b}`),
    },
  };
}
