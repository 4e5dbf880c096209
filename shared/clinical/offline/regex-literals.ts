/**
 * The literal text a regular expression cannot match without: `requiredLiterals(/\bi (?:describe|call)
 * (?:that|it) as\b/i)` is ["i describe", "i call"], since every match contains one of them. The rule
 * gate (rule-gate.ts) uses it to skip a rule whose literals a sentence lacks: a cheap necessary
 * condition, never a change of what the rule matches.
 *
 * The analysis is conservative: anything it does not fully understand (a character class, a
 * backreference, a non-ASCII character, unicode mode) counts as "could be any text", which can only
 * make the literals shorter or absent, never wrong. Literals are lower-case ASCII, to be looked for in
 * the lower-cased text (sound with or without the `i` flag: outside unicode mode a case-insensitive
 * ASCII letter only matches that letter in either case).
 */

/** What one piece of a pattern can match. */
interface Shape {
  /** Every text it can match, when that is a short list (lower-cased); else undefined. */
  exact?: string[];
  /** Texts one of which every match contains; undefined when there is none to rely on. */
  required?: string[];
  /** Of a sequence: every list of texts found one of which every match contains. */
  conditions?: string[][];
  /**
   * Of a piece said one or more times ("(?:very )+", "m+"): the texts one saying can be. Every match
   * begins with one and ends with one, so the pieces before and after it run on into them.
   */
  repeated?: string[];
}

/** Longest list of alternatives kept when spelling out what a piece can match. */
const MAX_ALTERNATIVES = 64;
/** Characters of a small class spelled out as alternatives ("[Ss]" is "s"). */
const MAX_CLASS_CHARS = 4;

const ANY: Shape = {};
const EMPTY: Shape = { exact: [''], required: [''] };

const lowerAscii = (ch: string): string | undefined => {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || code >= 128) return undefined;
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
};

const literal = (ch: string): Shape => {
  const lower = lowerAscii(ch);
  return lower === undefined ? ANY : { exact: [lower], required: [lower] };
};

/** From this length a literal is rare enough: fewer alternatives then matter more. */
const ENOUGH_LENGTH = 3;

const shortest = (xs: readonly string[]): number => {
  let min = ENOUGH_LENGTH;
  for (const x of xs) if (x.length < min) min = x.length;
  return min;
};

/**
 * The more useful of two lists of alternatives: the one whose shortest text is longer (up to
 * ENOUGH_LENGTH), else the shorter list.
 */
const better = (a: string[] | undefined, b: string[] | undefined): string[] | undefined => {
  if (!a || !b) return a ?? b;
  const minA = shortest(a);
  const minB = shortest(b);
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
};

/** Without the texts that contain another text of the list (finding that one is enough). */
const pruned = (xs: string[]): string[] => xs.filter((x) => !xs.some((y) => y !== x && x.includes(y)));

const unique = (xs: string[]): string[] => [...new Set(xs)];

class PatternReader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Shape {
    const shape = this.alternation();
    if (this.i < this.src.length) throw new Error('unbalanced pattern');
    return shape;
  }

  private peek(offset = 0): string {
    return this.src.charAt(this.i + offset);
  }

  private alternation(): Shape {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0] ?? ANY;
    const exact = alternatives.every((a) => a.exact)
      ? unique(alternatives.flatMap((a) => a.exact ?? []))
      : undefined;
    const required = alternatives.every((a) => a.required ?? a.exact)
      ? unique(alternatives.flatMap((a) => a.required ?? a.exact ?? []))
      : undefined;
    return {
      ...(exact && exact.length <= MAX_ALTERNATIVES ? { exact } : {}),
      ...(required ? { required } : {}),
    };
  }

  private sequence(): Shape {
    let best: string[] | undefined;
    const conditions: string[][] = [];
    const consider = (texts: string[] | undefined) => {
      if (!texts?.every((t) => t.length > 0)) return;
      conditions.push(texts);
      best = better(best, texts);
    };
    // The run of consecutive pieces with spelled-out texts, as the texts the run can match.
    let run: string[] = [''];
    let allExact = true;
    const close = () => {
      consider(run);
    };
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const piece = this.quantified();
      consider(piece.exact);
      if (piece.exact && run.length * piece.exact.length <= MAX_ALTERNATIVES) {
        const before: string[] = run;
        run = unique(before.flatMap((a) => (piece.exact ?? []).map((b) => a + b)));
        continue;
      }
      close();
      if (piece.exact) {
        // Too many combinations: the run starts again at this piece.
        allExact = false;
        run = piece.exact;
        continue;
      }
      allExact = false;
      if (piece.repeated) {
        // "u" then "m+": "um" (the first saying follows the run), and the last saying begins a new run.
        consider(piece.repeated);
        if (run.length * piece.repeated.length <= MAX_ALTERNATIVES) {
          const before: string[] = run;
          run = unique(before.flatMap((a) => (piece.repeated ?? []).map((b) => a + b)));
        }
        close();
        run = piece.repeated;
        continue;
      }
      consider(piece.required ?? piece.exact);
      run = [''];
    }
    close();
    if (allExact) return { exact: run, required: run, conditions };
    return best ? { required: best, conditions } : ANY;
  }

  private quantified(): Shape {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    if (min === 0) return max === 1 && atom.exact ? { exact: unique(['', ...atom.exact]) } : ANY;
    if (min === 1 && max === 1) return atom;
    const required = atom.required ?? atom.exact;
    const repeated = atom.exact?.every((t) => t.length > 0) ? atom.exact : undefined;
    return required ? { required, ...(repeated ? { repeated } : {}) } : ANY;
  }

  /** The repetition after an atom, as [min, max] (max Infinity when unbounded), and past it. */
  private quantifier(): [number, number] | undefined {
    const ch = this.peek();
    let q: [number, number] | undefined;
    if (ch === '?') q = [0, 1];
    else if (ch === '*') q = [0, Number.POSITIVE_INFINITY];
    else if (ch === '+') q = [1, Number.POSITIVE_INFINITY];
    if (q) this.i++;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      const min = Number(m[1]);
      q = [min, m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min];
      this.i += m[0].length;
    } else return undefined;
    if (this.peek() === '?') this.i++;
    return q;
  }

  private atom(): Shape {
    const ch = this.peek();
    this.i++;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return EMPTY;
    return literal(ch);
  }

  private group(): Shape {
    let lookaround = false;
    if (this.peek() === '?') {
      const kind = this.peek(1);
      if (kind === ':') this.i += 2;
      else if (kind === '=' || kind === '!') {
        this.i += 2;
        lookaround = true;
      } else if (kind === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        this.i += 3;
        lookaround = true;
      } else if (kind === '<') {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Error('unterminated group name');
        this.i = end + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Error('unterminated group');
    this.i++;
    // A lookaround matches no text of its own.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Shape {
    // In JavaScript "[]" matches nothing and "[^]" anything; "]" never stands for itself first.
    let plain = this.peek() !== '^';
    const chars: string[] = [];
    while (this.i < this.src.length && this.peek() !== ']') {
      const ch = this.peek();
      this.i++;
      if (ch === '\\') {
        const next = this.peek();
        this.i++;
        // \d, \w, \s, \b (a backspace here), \x41, \u0041 and the like: not spelled out.
        if (/[A-Za-z0-9]/.test(next)) plain = false;
        else chars.push(next);
      } else if (ch === '-' && chars.length > 0 && this.peek() !== ']') plain = false;
      else chars.push(ch);
    }
    if (this.peek() !== ']') throw new Error('unterminated class');
    this.i++;
    const lower = chars.map(lowerAscii);
    if (!plain || chars.length === 0 || lower.some((c) => c === undefined)) return ANY;
    const exact = unique(lower.filter((c): c is string => c !== undefined));
    return exact.length > MAX_CLASS_CHARS ? ANY : { exact, required: exact };
  }

  private escape(): Shape {
    const ch = this.peek();
    this.i++;
    if (ch === 'b' || ch === 'B') return EMPTY;
    if (ch === 'k' && this.peek() === '<') {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new Error('unterminated backreference');
      this.i = end + 1;
      return ANY;
    }
    // \x41, \u0041 and \cJ stand for one character; without their digits, for the letter itself.
    const hex = (n: number) => new RegExp(`^[0-9a-fA-F]{${n}}`).test(this.src.slice(this.i, this.i + n));
    if (ch === 'x' && hex(2)) this.i += 2;
    else if (ch === 'u' && hex(4)) this.i += 4;
    else if (ch === 'c' && /[A-Za-z]/.test(this.peek())) this.i += 1;
    // Classes (\d \w \s ...), backreferences, control characters and identity escapes of letters.
    if (/[A-Za-z0-9]/.test(ch)) return ANY;
    return literal(ch);
  }
}

/**
 * Lower-case texts one of which every match of `re` contains (a match is impossible in a text that
 * contains none of them), or undefined when none can be relied on. Unicode-mode patterns are not
 * analysed (their case folding maps some non-ASCII letters onto ASCII ones).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  return literalsOf(shapeOf(re));
}

function literalsOf(shape: Shape | undefined): string[] | undefined {
  const required = shape?.required ?? shape?.exact;
  if (!required || required.length === 0 || required.some((s) => s.length === 0)) return undefined;
  return pruned(required);
}

/**
 * Lists of texts such that every match of `re` contains a text of each list: the literals of
 * requiredLiterals and up to `more` other lists of the pattern's top-level sequence (the shortest, of
 * texts at least two characters long), shortest list first; empty when none can be relied on.
 */
export function literalConditions(re: RegExp, more = 2): string[][] {
  const shape = shapeOf(re);
  const first = literalsOf(shape);
  if (!first) return [];
  const key = (xs: string[]) => [...xs].sort().join('\u0000');
  const seen = new Set([key(first)]);
  const others: string[][] = [];
  for (const c of shape?.conditions ?? []) {
    if (c.length === 0 || c.some((t) => t.length < 2)) continue;
    const p = pruned(c);
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    others.push(p);
  }
  others.sort((a, b) => a.length - b.length);
  return [first, ...others.slice(0, more)].sort((a, b) => a.length - b.length);
}

function shapeOf(re: RegExp): Shape | undefined {
  if (re.unicode || re.flags.includes('v')) return undefined;
  try {
    return new PatternReader(re.source).read();
  } catch {
    return undefined;
  }
}
