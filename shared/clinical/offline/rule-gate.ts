/**
 * Lists of regular-expression rules tried on every sentence, made cheaper without changing a result:
 * a rule is only run on a text that contains one of the literals every match of it needs
 * (regex-literals.ts), e.g. "i would describe that as" is not looked for in a sentence without
 * "describe", "call", "classify"... Most rules name words most sentences lack, so most are skipped.
 *
 * The test is on letter pairs and triples of the text, hashed into a table stamped once per text:
 * a hash collision can only make a rule run needlessly, never skip a rule that would match. A rule
 * whose only literal is one character ("-" of a cut-off word) is tested on the text's characters.
 */
import { literalConditions } from './regex-literals.js';

const TABLE_BITS = 16;
const table = new Int32Array(1 << TABLE_BITS);
/** The stamp of each character (by its lower-cased code, modulo 256) the text holds. */
const chars = new Int32Array(256);
let generation = 0;

/** Lower-case ASCII code of a character code (other characters only ever cause extra runs). */
const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code & 0xff);
const hashPair = (a: number, b: number): number =>
  Math.imul(0x1000000 | (a << 8) | b, 0x9e3779b1) >>> (32 - TABLE_BITS);
const hashTriple = (a: number, b: number, c: number): number =>
  Math.imul((a << 16) | (b << 8) | c, 0x9e3779b1) >>> (32 - TABLE_BITS);

/** Stamps the letter pairs and triples of `text`; returns the stamp to test them against. */
function stamp(text: string): number {
  if (generation === 0x7fffffff) {
    table.fill(0);
    chars.fill(0);
    generation = 0;
  }
  const g = ++generation;
  const n = text.length;
  for (let i = 0; i < n; i++) chars[lower(text.charCodeAt(i))] = g;
  let a = n > 0 ? lower(text.charCodeAt(0)) : 0;
  let b = n > 1 ? lower(text.charCodeAt(1)) : 0;
  for (let i = 0; i + 1 < n; i++) {
    table[hashPair(a, b)] = g;
    if (i + 2 < n) {
      const c = lower(text.charCodeAt(i + 2));
      table[hashTriple(a, b, c)] = g;
      a = b;
      b = c;
    }
  }
  return g;
}

// The text stamped last, while its stamp is the table's latest: tested again without restamping.
let lastText: string | undefined;
let lastGeneration = 0;

function stampOnce(text: string): number {
  if (text === lastText && lastGeneration === generation) return lastGeneration;
  lastGeneration = stamp(text);
  lastText = text;
  return lastGeneration;
}

/**
 * What a rule needs, as table slots: conditions, each a run of literals, each a run of slots. The rule
 * can only match a text that has, for every condition, some literal all of whose slots are stamped.
 */
interface Grams {
  /** Slots of `table`; a one-character literal as -1 - its code, a slot of `chars`. */
  slots: Int32Array;
  /** End (in slots) of each literal. */
  literalEnds: Int32Array;
  /** End (in literals) of each condition. */
  conditionEnds: Int32Array;
}

function gramsOf(re: RegExp): Grams | undefined {
  const conditions = literalConditions(re).filter((c) => c.every((l) => l.length >= 1));
  if (conditions.length === 0) return undefined;
  const slots: number[] = [];
  const literalEnds: number[] = [];
  const conditionEnds: number[] = [];
  for (const condition of conditions) {
    for (const literal of condition) {
      const codes = [...literal].map((ch) => ch.charCodeAt(0));
      const at = (i: number) => hashTriple(codes[i] ?? 0, codes[i + 1] ?? 0, codes[i + 2] ?? 0);
      if (codes.length === 1) slots.push(-1 - (codes[0] ?? 0));
      else if (codes.length === 2) slots.push(hashPair(codes[0] ?? 0, codes[1] ?? 0));
      else slots.push(...new Set([at(0), at(codes.length - 3)]));
      literalEnds.push(slots.length);
    }
    conditionEnds.push(literalEnds.length);
  }
  return {
    slots: Int32Array.from(slots),
    literalEnds: Int32Array.from(literalEnds),
    conditionEnds: Int32Array.from(conditionEnds),
  };
}

function mayMatch(grams: Grams | undefined, g: number): boolean {
  if (!grams) return true;
  const { slots, literalEnds, conditionEnds } = grams;
  let literal = 0;
  for (let c = 0; c < conditionEnds.length; c++) {
    const end = conditionEnds[c] ?? 0;
    let found = false;
    for (; literal < end && !found; literal++) {
      const to = literalEnds[literal] ?? 0;
      let slot = literal === 0 ? 0 : (literalEnds[literal - 1] ?? 0);
      while (slot < to) {
        const at = slots[slot] ?? 0;
        if ((at >= 0 ? table[at] : chars[-1 - at]) !== g) break;
        slot++;
      }
      found = slot === to;
    }
    if (!found) return false;
    literal = end;
  }
  return true;
}

// biome-ignore lint/suspicious/noExplicitAny: String.prototype.replace's own replacer type.
type Replacement = string | ((substring: string, ...args: any[]) => string);

/**
 * `text => { for (const [re, to] of rules) text = text.replace(re, to); return text; }`, skipping
 * the rules the text cannot match.
 */
export function replacingInTurn(
  rules: readonly (readonly [RegExp, Replacement])[],
): (text: string) => string {
  // A sticky rule's replace resets its lastIndex even when it fails: never skipped.
  const gated = rules.map(([re, to]) => ({
    re,
    to,
    grams: re.sticky ? undefined : gramsOf(re),
    // A replacement with "$" or a function takes the engine's slow path even where nothing matches,
    // so such a rule is first tested (from the start, as replace searches; a test that fails leaves
    // lastIndex 0, as the replace would).
    testFirst: !re.sticky && (typeof to !== 'string' || to.includes('$')),
  }));
  return (text) => {
    let s = text;
    // Stamped lazily: rules that are always tried may change the text several times in a row.
    let g = 0;
    for (const { re, to, grams, testFirst } of gated) {
      if (grams) {
        if (g === 0) g = stampOnce(s);
        if (!mayMatch(grams, g)) continue;
      }
      if (testFirst) {
        if (re.global) re.lastIndex = 0;
        if (!re.test(s)) continue;
      }
      const next = typeof to === 'string' ? s.replace(re, to) : s.replace(re, to);
      // A replacement function may have stamped other texts; a changed text has other letters.
      if (next !== s || typeof to !== 'string') {
        s = next;
        g = 0;
      }
    }
    return s;
  };
}

/**
 * The first of `rules` whose pattern (`patternOf`) matches the text, as `rules.find((r) =>
 * patternOf(r).test(text))`, skipping the rules the text cannot match.
 */
export function firstMatching<T>(
  rules: readonly T[],
  patternOf: (rule: T) => RegExp,
): (text: string) => T | undefined {
  // A global or sticky pattern's test moves its lastIndex: never skipped.
  const gated = rules.map((rule) => {
    const re = patternOf(rule);
    return { rule, re, grams: re.global || re.sticky ? undefined : gramsOf(re) };
  });
  return (text) => {
    const g = stampOnce(text);
    for (const { rule, re, grams } of gated) if (mayMatch(grams, g) && re.test(text)) return rule;
    return undefined;
  };
}

/** Whether any of `patterns` matches the text, as `patterns.some((re) => re.test(text))`. */
export function matchingAny(patterns: readonly RegExp[]): (text: string) => boolean {
  const first = firstMatching(patterns, (re) => re);
  return (text) => first(text) !== undefined;
}

/**
 * `text => re.test(text)`, skipping the test on a text without the literals every match needs. For
 * a costly pattern tested on many sentences; several such tests of one text stamp it once.
 */
export function gatedTest(re: RegExp): (text: string) => boolean {
  // A global or sticky pattern's test moves its lastIndex: never skipped.
  const grams = re.global || re.sticky ? undefined : gramsOf(re);
  if (!grams) return (text) => re.test(text);
  return (text) => mayMatch(grams, stampOnce(text)) && re.test(text);
}
