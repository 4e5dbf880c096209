import type { CodeProfiles } from '../code-profiles.js';
import { tfidfVector } from '../code-profiles.js';

export interface LabelledDocument {
  /** Feature keys of the document (text-features.ts). */
  features: readonly string[];
  /** Codes a coder assigned (dotless). */
  codes: ReadonlySet<string>;
}

export interface ProfileOptions {
  /** A code needs this many training documents to get a profile (one report is an anecdote). */
  minCodeDocs?: number;
  /** A feature must occur in this many training documents. */
  minFeatureDocs?: number;
  /** Words kept per profile (the strongest; fewer generalise better). */
  keepWeights?: number;
  /** Words kept per training report for the nearest-report vote (the strongest). */
  keepReportWeights?: number;
}

const round = (x: number) => Number(x.toFixed(5));

/**
 * Code profiles (centroids of the unit TF-IDF vectors of the documents coded with each code), pruned
 * and re-normalised, and each report's own pruned vector with its codes (the nearest-report vote).
 * Pure counting in a fixed order: `codes:train` regenerates them byte for byte.
 */
export function fitCodeProfiles(
  docs: readonly LabelledDocument[],
  options: ProfileOptions = {},
  trainedOn = '',
): CodeProfiles {
  const minCodeDocs = options.minCodeDocs ?? 2;
  const minFeatureDocs = options.minFeatureDocs ?? 2;
  const keep = options.keepWeights ?? 30;
  const keepReport = options.keepReportWeights ?? 60;
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const idf: Record<string, number> = {};
  for (const [f, n] of [...df].sort(([a], [b]) => a.localeCompare(b)))
    if (n >= minFeatureDocs && n < docs.length) idf[f] = round(Math.log(docs.length / n));
  const profile = (labelsOf: (d: LabelledDocument) => Iterable<string>) => {
    const sums = new Map<string, Map<string, number>>();
    const counts = new Map<string, number>();
    for (const [i, d] of docs.entries()) {
      const vector = vectors[i] ?? new Map<string, number>();
      for (const label of new Set(labelsOf(d))) {
        counts.set(label, (counts.get(label) ?? 0) + 1);
        const sum = sums.get(label) ?? new Map<string, number>();
        for (const [f, x] of vector) sum.set(f, (sum.get(f) ?? 0) + x);
        sums.set(label, sum);
      }
    }
    const profiles: CodeProfiles['codes'] = {};
    for (const label of [...sums.keys()].sort()) {
      const n = counts.get(label) ?? 0;
      if (n < minCodeDocs) continue;
      const kept = [...(sums.get(label) ?? [])]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, keep);
      const norm = Math.sqrt(kept.reduce((s, [, x]) => s + x * x, 0)) || 1;
      profiles[label] = [
        n,
        Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)).map(([f, x]) => [f, round(x / norm)])),
      ];
    }
    return profiles;
  };
  const vectors = docs.map((d) => tfidfVector(idf, new Set(d.features)));
  const codes = profile((d) => d.codes);
  const categories = profile((d) => [...d.codes].map((c) => c.slice(0, 3)));
  // Each report's strongest words (re-normalised) and its codes, in training order.
  const reports: CodeProfiles['reports'] = docs.map((d, i) => {
    const kept = [...(vectors[i] ?? [])]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, keepReport);
    const norm = Math.sqrt(kept.reduce((s, [, x]) => s + x * x, 0)) || 1;
    return [
      [...d.codes].sort(),
      Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)).map(([f, x]) => [f, round(x / norm)])),
    ];
  });
  return { trainedOn, documents: docs.length, idf, codes, categories, reports };
}
