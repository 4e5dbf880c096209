/**
 * Where a text says a side ("right", "left", "both", "bilateral"), read once per encounter, so a rule
 * that looks for a side beside a site word (siteSide, once per site) tries its pattern only where a
 * side was said instead of at every character of a long transcript. Matches are those
 * `text.matchAll` finds: leftmost first, none overlapping.
 */
export interface SideWords {
  text: string;
  /** Start of each side word, ascending. */
  starts: readonly number[];
  /** Start of each "right" or "left", ascending. */
  rightOrLeft: readonly number[];
  /** Length of the longest whitespace run in the text. */
  longestSpace: number;
}

const SIDE_WORD = /\b(?:right|left|both|bilateral)/gi;
const SPACE = /\s+/g;

export function sideWordsOf(text: string): SideWords {
  const starts: number[] = [];
  const rightOrLeft: number[] = [];
  for (const m of text.matchAll(SIDE_WORD)) {
    const at = m.index ?? 0;
    starts.push(at);
    const word = m[0].toLowerCase();
    if (word === 'right' || word === 'left') rightOrLeft.push(at);
  }
  let longestSpace = 0;
  if (rightOrLeft.length > 0)
    for (const m of text.matchAll(SPACE)) if (m[0].length > longestSpace) longestSpace = m[0].length;
  return { text, starts, rightOrLeft, longestSpace };
}

/**
 * The matches `text.matchAll(pattern)` finds, trying `pattern` only at `starts` (ascending, with
 * every position a match can begin at among them).
 */
export function matchesAt(pattern: RegExp, text: string, starts: Iterable<number>): RegExpExecArray[] {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    end = at + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Every position from which a match can reach a "right"/"left" said at most `reach` characters
 * later: the starts of a pattern that ends at such a side word, ascending, each once.
 */
export function beforeRightOrLeft(sides: SideWords, reach: number): number[] {
  const out: number[] = [];
  let next = 0;
  for (const at of sides.rightOrLeft) {
    for (let p = Math.max(next, at - reach); p <= at; p++) out.push(p);
    next = Math.max(next, at + 1);
  }
  return out;
}
