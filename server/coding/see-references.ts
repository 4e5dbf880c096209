import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { contentWords, stem, withoutParentheticals } from './term-words.js';

/**
 * The Alphabetic Index's "see" references as phrase rewrites, the way a coder follows them: "Disease,
 * joint, degenerative — see Osteoarthritis" makes "right hip degenerative joint disease" the "right hip
 * osteoarthritis" that the titles name (Unilateral primary osteoarthritis, right hip).
 */
export interface SeeReference {
  /** Stems of the referring term (main term and subterms, nonessential modifiers left out). */
  stems: string[];
  /** The term it leads to, in reading order ("Pain, abdominal" → "abdominal pain"). */
  target: string;
}

/** "Pain, abdominal" → "abdominal pain"; "Osteoarthritis" stays. */
const readingOrder = (term: string): string => {
  const [main = '', ...modifiers] = withoutParentheticals(term)
    .split(',')
    .map((p) => p.trim());
  return [...modifiers.reverse(), main].filter((p) => p.length > 0).join(' ');
};

/** Only the first spelling of a main term counts ("Disease, diseased" → "Disease"). */
const referringWords = (termPath: string): string[] =>
  termPath
    .split(' - ')
    .map((part, i) => {
      const plain = withoutParentheticals(part);
      return i === 0 ? (plain.split(',')[0] ?? '') : plain;
    })
    .flatMap((part) => contentWords(part));

/** Parses the flat index TSV (term_path, code, manifestation_code, see, see_also, …). */
export function parseSeeReferences(text: string): SeeReference[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const termIdx = header.indexOf('term_path');
  const seeIdx = header.indexOf('see');
  if (termIdx < 0 || seeIdx < 0) return [];
  const out: SeeReference[] = [];
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    const see = (cols[seeIdx] ?? '').trim();
    // "see condition", "see also …" and references to a code category name no term to read.
    if (!see || /^(condition|category)\b/i.test(see)) continue;
    const stems = [...new Set(referringWords(cols[termIdx] ?? '').map(stem))];
    const target = readingOrder(see).toLowerCase();
    if (stems.length === 0 || target.length === 0) continue;
    out.push({ stems, target });
  }
  return out;
}

const cache = new Map<string, SeeReference[]>();

/** The index's see references, read once per file. */
export function seeReferencesOf(indexPath: string): SeeReference[] {
  let refs = cache.get(indexPath);
  if (!refs) {
    const raw = readFileSync(indexPath);
    refs = parseSeeReferences((indexPath.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
    cache.set(indexPath, refs);
  }
  return refs;
}

/**
 * The phrase with the most specific referring term it contains replaced by the term the index leads
 * to ("right hip degenerative joint disease" → "right hip osteoarthritis"), or undefined when it
 * contains none. A one-word referring term must be the phrase's own head (its last word).
 */
export function followSeeReference(phrase: string, references: readonly SeeReference[]): string | undefined {
  const words = contentWords(phrase);
  const stems = words.map(stem);
  const said = new Set(stems);
  let best: SeeReference | undefined;
  for (const r of references) {
    if (!r.stems.every((s) => said.has(s))) continue;
    if (r.stems.length === 1 && r.stems[0] !== stems.at(-1)) continue;
    if (!best || r.stems.length > best.stems.length) best = r;
  }
  if (!best) return undefined;
  const referring = new Set(best.stems);
  const rest = words.filter((_, i) => !referring.has(stems[i] ?? ''));
  return [...rest, best.target].join(' ');
}
