import { rougeTokens } from '../../../shared/clinical/metrics/rouge.js';

type Vector = Map<string, number>;

/** Nearest-document retrieval by tf-idf cosine similarity. */
export class TfidfIndex {
  private readonly idf = new Map<string, number>();
  private readonly vectors: Vector[];

  constructor(documents: readonly string[]) {
    const df = new Map<string, number>();
    const tokenized = documents.map((d) => rougeTokens(d));
    for (const tokens of tokenized) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log((1 + documents.length) / (1 + n)) + 1);
    this.vectors = tokenized.map((t) => this.vectorize(t));
  }

  private vectorize(tokens: readonly string[]): Vector {
    const v: Vector = new Map();
    for (const t of tokens) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * (this.idf.get(t) ?? 0);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  /** Index of the most similar document. */
  nearest(query: string): number {
    const q = this.vectorize(rougeTokens(query));
    let best = 0;
    let bestScore = -1;
    this.vectors.forEach((v, i) => {
      let score = 0;
      for (const [t, w] of q) score += w * (v.get(t) ?? 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best;
  }
}
