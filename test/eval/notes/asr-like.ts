/**
 * Speech-recognition-like variants of a human ACI-Bench transcript, for reading how the drafter's
 * first-person and question handling survives text it was not tuned on (train dialogues only):
 * lowercase, punctuation stripped (or moved to a word boundary a few words off), numbers said as
 * words, fillers said between words, and neighbouring turns of one speaker merged. Deterministic:
 * the same dialogue and variant give the same text.
 */

export type AsrLikeVariant = 'stripped' | 'moved' | 'fillers' | 'merged';
export const ASR_LIKE_VARIANTS: readonly AsrLikeVariant[] = ['stripped', 'moved', 'fillers', 'merged'];

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below 10,000 in words ("120" → "one hundred twenty"); larger ones digit by digit. */
export function numberInWords(n: number): string {
  if (n < 20) return ONES[n] ?? String(n);
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${ONES[n % 10]}` : ''}`;
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberInWords(n % 100)}` : ''}`;
  if (n < 10000)
    return `${ONES[Math.floor(n / 1000)]} thousand${n % 1000 ? ` ${numberInWords(n % 1000)}` : ''}`;
  return String(n)
    .split('')
    .map((d) => ONES[Number(d)])
    .join(' ');
}

/** A small deterministic pseudo-random sequence from a seed (xorshift). */
function random(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1000) / 1000;
  };
}

const seedOf = (text: string): number => {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
};

const FILLERS = ['um', 'uh', 'you know', 'like', 'so', 'okay', 'yeah', 'i mean'];

function spoken(text: string, variant: AsrLikeVariant, next: () => number): string {
  let s = text
    .toLowerCase()
    .replace(/(\d+)\.(\d+)/g, (_m, a: string, b: string) => `${a} point ${b}`)
    .replace(/\d+/g, (d) => numberInWords(Number(d)))
    .replace(/%/g, ' percent');
  const words = s
    .replace(/[.,?!;:]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (variant === 'moved') {
    // Punctuation where a recogniser's pause was: every 6 to 12 words, not where the sentence ended.
    const out: string[] = [];
    let gap = 6 + Math.floor(next() * 7);
    for (const w of words) {
      out.push(w);
      if (--gap === 0) {
        out[out.length - 1] = `${w}${next() < 0.5 ? ',' : '.'}`;
        gap = 6 + Math.floor(next() * 7);
      }
    }
    s = out.join(' ');
  } else if (variant === 'fillers') {
    // Never inside a word the transcript splits ("gon na", "do n't").
    s = words
      .map((w) =>
        next() < 0.08 && !/^(?:na|ta|n't|'s|'m|'re|'ve|'ll|'d)$/.test(w)
          ? `${FILLERS[Math.floor(next() * FILLERS.length)]} ${w}`
          : w,
      )
      .join(' ');
  } else s = words.join(' ');
  return s;
}

/** One ACI-Bench dialogue ("[doctor] …\n[patient] …") as the variant, its speaker tags kept for scoring. */
export function asrLike(dialogue: string, variant: AsrLikeVariant): string {
  const next = random(seedOf(dialogue) ^ ASR_LIKE_VARIANTS.indexOf(variant));
  const turns = [...dialogue.matchAll(/\[([a-z_]+)\]([^[]*)/gi)].map((m) => ({
    tag: m[1] ?? 'doctor',
    text: (m[2] ?? '').trim(),
  }));
  const out: Array<{ tag: string; text: string }> = [];
  for (const t of turns) {
    const text = spoken(t.text, variant, next);
    if (!text) continue;
    const last = out[out.length - 1];
    // Merged: a short reply runs into the turn before, under that turn's speaker, as a diarizer that
    // missed the change would give it; otherwise a turn of the same speaker continues the last one.
    if (last && (last.tag === t.tag || (variant === 'merged' && text.split(' ').length <= 3))) {
      last.text = `${last.text} ${text}`;
      continue;
    }
    out.push({ tag: t.tag, text });
  }
  return out.map((t) => `[${t.tag}] ${t.text}`).join('\n');
}
