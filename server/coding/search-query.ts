/** Helpers that turn free text into safe PostgreSQL tsquery strings (no user syntax reaches SQL). */

/** Words of a query: lowercase letters/digits only, so they can never inject tsquery operators. */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 0).slice(0, 16);
}

/** Dotless uppercase code when `q` looks like an ICD-10-CM code or code prefix ("e11.9", "E119", "i1", "QA0"). */
export function asCodePrefix(q: string): string | null {
  const compact = q.trim().toUpperCase();
  if (!/^[A-Z][0-9A-Z]{1,2}(\.?[0-9A-Z]{0,4})?$/.test(compact)) return null;
  // A digit in the category part separates codes from short words such as "flu" or "copd".
  if (!/[0-9]/.test(compact.slice(1, 3))) return null;
  return compact.replace('.', '');
}

/**
 * A tsquery (for `to_tsquery('english', …)`) where every word must match, the words as prefixes so a
 * partially typed word still finds its code ("diab mell" → diabetes mellitus).
 */
export function allWordsPrefixQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words.map((w) => `${w}:*`).join(' & ');
}

/**
 * A tsquery that matches documents containing all but at most `missing` of the words: an OR of AND
 * groups. Keeps retrieval selective (unlike a plain OR) while tolerating a word the titles lack.
 */
export function mostWordsQuery(
  words: readonly string[],
  missing: number,
  keepGroup: (group: readonly string[]) => boolean = () => true,
): string | null {
  const unique = [...new Set(words)];
  if (unique.length === 0) return null;
  if (missing <= 0 || unique.length <= 1) return unique.join(' & ');
  const groups: string[] = [`(${unique.join(' & ')})`];
  for (let skip = 0; skip < unique.length; skip++) {
    const rest = unique.filter((_, i) => i !== skip);
    if (rest.length > 0 && keepGroup(rest)) groups.push(`(${rest.join(' & ')})`);
  }
  return groups.join(' | ');
}
