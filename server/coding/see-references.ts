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

/** Stems of the main term's other forms of the same word ("Enlargement, enlarged" → enlarg). */
function otherForms(termPath: string): string[] {
  const [first = '', ...others] = withoutParentheticals(termPath.split(' - ')[0] ?? '').split(',');
  const main = stem(first.trim());
  if (main.length < 4) return [];
  return others
    .flatMap((part) => contentWords(part))
    .map(stem)
    .filter((s) => s !== main && s.slice(0, 5) === main.slice(0, 5));
}

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
    // The main term's other forms refer too ("Enlargement, enlarged - liver" is said "enlarged liver").
    for (const form of otherForms(cols[termIdx] ?? ''))
      out.push({ stems: [...new Set([form, ...stems.slice(1)])], target });
  }
  return out;
}

type Indexed = { reference: SeeReference; position: number };
const indexed = new WeakMap<readonly SeeReference[], Map<string, Indexed[]>>();

/** The references by their first stem (each is looked at only when the phrase says that stem), once per list. */
function referencesByFirstStem(references: readonly SeeReference[]): Map<string, Indexed[]> {
  let byStem = indexed.get(references);
  if (!byStem) {
    byStem = new Map();
    for (const [position, reference] of references.entries()) {
      const first = reference.stems[0];
      if (first === undefined) continue;
      const list = byStem.get(first);
      if (list) list.push({ reference, position });
      else byStem.set(first, [{ reference, position }]);
    }
    indexed.set(references, byStem);
  }
  return byStem;
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
  const byStem = referencesByFirstStem(references);
  let best: SeeReference | undefined;
  // In the index's order, so the first of equally specific references wins as before.
  const found = [...said].flatMap((s) => byStem.get(s) ?? []).sort((a, b) => a.position - b.position);
  for (const { reference: r } of found) {
    if (!r.stems.every((s) => said.has(s))) continue;
    if (r.stems.length === 1 && r.stems[0] !== stems.at(-1)) continue;
    if (!best || r.stems.length > best.stems.length) best = r;
  }
  if (!best) return undefined;
  const referring = new Set(best.stems);
  const rest = words.filter((_, i) => !referring.has(stems[i] ?? ''));
  return [...rest, best.target].join(' ');
}

/**
 * The term the index leads to when the phrase says a referring term and nothing else ("enlarged
 * liver" → "Enlargement, liver — see Hypertrophy, liver" → "liver hypertrophy"), else undefined. A
 * coder who finds the words themselves in the index follows its reference rather than searching the
 * titles for them: the lay wording's nearest title ("Liver disease, unspecified") is not what it means.
 */
export function exactSeeReference(phrase: string, references: readonly SeeReference[]): string | undefined {
  const said = new Set(contentWords(phrase).map(stem));
  if (said.size < 2) return undefined;
  const byStem = referencesByFirstStem(references);
  const found = [...said].flatMap((s) => byStem.get(s) ?? []).sort((a, b) => a.position - b.position);
  for (const { reference: r } of found)
    if (r.stems.length === said.size && r.stems.every((s) => said.has(s))) return r.target;
  return undefined;
}
