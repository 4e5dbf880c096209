/**
 * One pattern that matches a text wherever any of several does: a cheap first test before each is run
 * on its own. Rules that read a sentence with a dozen patterns run them on every sentence of a visit,
 * and most sentences match none; one pass of the union (the regular-expression engine scans the text
 * once for all of them) rules them all out at about the cost of two.
 */

/** What a union of patterns that cannot be joined is: it matches every text, so nothing is skipped. */
const EVERY_TEXT = /(?:)/;

/** Flags that change what a pattern matches (global and sticky only change where `exec` starts). */
const meaningFlags = (pattern: RegExp) => pattern.flags.replace(/[gyd]/g, '');

/**
 * A pattern that `test`s true on a text if, and only if, one of `patterns` does. Patterns whose
 * matches depend on their own group numbers or names (back references, named groups) or that differ
 * in flags cannot be joined: the union then matches every text, so a caller still runs each pattern.
 */
export function patternUnion(patterns: readonly RegExp[]): RegExp {
  const first = patterns[0];
  if (first === undefined) return /(?!)/;
  const flags = meaningFlags(first);
  const joinable = patterns.every(
    (p) => meaningFlags(p) === flags && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(p.source),
  );
  if (!joinable) return EVERY_TEXT;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}

/** Whether `union` (from patternUnion) could not join its patterns and matches every text. */
export const joinsNothing = (union: RegExp): boolean => union === EVERY_TEXT;
