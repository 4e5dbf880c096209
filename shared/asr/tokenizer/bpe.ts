/**
 * Byte-pair encoding of one pre-tokenized word (already in the byte-level alphabet). `pairRank`
 * abstracts the two file formats: Hugging Face merges rank the pair, tiktoken ranks the merged token;
 * for GPT-2/Whisper vocabularies both give the same merges. Lower rank merges first.
 */
export type PairRank = (left: string, right: string) => number | undefined;

const CACHE_LIMIT = 20_000;

export class BytePairEncoder {
  // Words repeat a lot in speech prompts and transcripts; caching makes re-encoding nearly free.
  private readonly cache = new Map<string, number[]>();

  constructor(
    private readonly vocab: ReadonlyMap<string, number>,
    private readonly pairRank: PairRank,
  ) {}

  encodeWord(word: string): number[] {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const ids = this.merge(Array.from(word)).map((symbol) => {
      const id = this.vocab.get(symbol);
      if (id === undefined)
        throw new Error(`BPE produced a symbol missing from the vocabulary: ${JSON.stringify(symbol)}`);
      return id;
    });
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, ids);
    return ids;
  }

  private merge(symbols: string[]): string[] {
    while (symbols.length > 1) {
      let bestRank = Number.POSITIVE_INFINITY;
      let bestIndex = -1;
      for (let i = 0; i < symbols.length - 1; i++) {
        const rank = this.pairRank(symbols[i]!, symbols[i + 1]!);
        if (rank !== undefined && rank < bestRank) {
          bestRank = rank;
          bestIndex = i;
        }
      }
      if (bestIndex < 0) break;
      const left = symbols[bestIndex]!;
      const right = symbols[bestIndex + 1]!;
      // Merge every occurrence of the winning pair, left to right (as HF and tiktoken both end up doing).
      const merged: string[] = [];
      for (let i = 0; i < symbols.length; i++) {
        if (i < symbols.length - 1 && symbols[i] === left && symbols[i + 1] === right) {
          merged.push(left + right);
          i++;
        } else {
          merged.push(symbols[i]!);
        }
      }
      symbols = merged;
    }
    return symbols;
  }
}
