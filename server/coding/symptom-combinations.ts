/**
 * Symptoms ICD-10-CM codes as one combination code when both are present (guideline I.B.9: a
 * combination code is assigned instead of its parts). Nausea (R11.0) said beside vomiting (R11.10, or
 * "vomiting without nausea" R11.11, which the nausea contradicts) is R11.2 "Nausea with vomiting,
 * unspecified"; R11.0's Excludes1 names nausea with vomiting.
 */

interface Combination {
  /** Codes that must all be present (each a prefix pattern). */
  parts: readonly RegExp[];
  /** The combination code that replaces them. */
  combined: string;
}

const COMBINATIONS: readonly Combination[] = [{ parts: [/^R110$/, /^R111[01]$/], combined: 'R112' }];

/** The combination codes the proposed codes make, with the parts they replace (as diabetesCombination). */
export function symptomCombination(codes: readonly string[]): { add: string[]; remove: string[] } {
  const add: string[] = [];
  const remove = new Set<string>();
  for (const { parts, combined } of COMBINATIONS) {
    const found = parts.map((p) => codes.filter((c) => p.test(c)));
    if (found.some((f) => f.length === 0)) continue;
    add.push(combined);
    for (const f of found) for (const c of f) remove.add(c);
  }
  return { add, remove: [...remove] };
}

/**
 * `codes` with each symptom combination applied where every part was retrieved from the visit's words
 * (a title or index match, not a learned profile's proposal): the combination takes the evidence and
 * phrases of its parts and the confidence of the most confident one, in that one's place. `titleOf` gives the
 * release's title (a combination the release does not list is not made).
 */
export function withSymptomCombinations<
  T extends {
    code: string;
    title: string;
    confidence: number;
    phrases: string[];
    evidence: unknown[];
    supports: readonly unknown[];
  },
>(codes: readonly T[], titleOf: (code: string) => string | undefined): T[] {
  // Only parts said in words combine: a learned profile's guess at nausea beside a spoken "vomiting?"
  // that was only asked about says no nausea with vomiting.
  const { add, remove } = symptomCombination(codes.filter((c) => c.supports.length > 0).map((c) => c.code));
  if (add.length === 0) return [...codes];
  let out = [...codes];
  for (const combined of add) {
    const title = titleOf(combined);
    if (title === undefined) continue;
    const parts = out.filter((c) => remove.includes(c.code) || c.code === combined);
    const best = parts.reduce<T | undefined>(
      (b, c) => (b === undefined || c.confidence > b.confidence ? c : b),
      undefined,
    );
    if (best === undefined) continue;
    const merged: T = {
      ...best,
      code: combined,
      title,
      phrases: [...new Set(parts.flatMap((p) => p.phrases))],
      evidence: parts.flatMap((p) => p.evidence),
    };
    out = out.flatMap((c) => (c === best ? [merged] : parts.includes(c) ? [] : [c]));
  }
  return out;
}
