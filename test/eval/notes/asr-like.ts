/**
 * Speech-recognition-like variants of training dialogues, for reading how the drafter copes with
 * phrasing it was not tuned on (train only; never a substitute for the real ASR variants). Each
 * dialogue is rewritten deterministically (seeded by its position) the way recognisers write speech:
 * lower case, punctuation stripped or put in the wrong place, figures spoken as words, fillers and
 * repeated words, and neighbouring turns merged into one segment.
 */
import { mulberry32 } from '../../../models/scripts/seeded-random.js';
import type { AciRow } from './aci-data.js';

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

/** A whole number below 1000 as spoken ("one hundred twenty"); larger ones are left as figures. */
export function numberWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return undefined;
  if (n < 20) return ONES[n];
  if (n < 100) {
    const tens = TENS[Math.floor(n / 10)] ?? '';
    return n % 10 === 0 ? tens : `${tens} ${ONES[n % 10]}`;
  }
  const rest = n % 100;
  const hundreds = `${ONES[Math.floor(n / 100)]} hundred`;
  return rest === 0 ? hundreds : `${hundreds} ${numberWords(rest)}`;
}

const FILLERS = ['um', 'uh', 'you know', 'like', 'so'];

export type AsrStyle = 'unpunctuated' | 'misplaced';

/** One turn's words as a recogniser might write them. */
function asrText(text: string, style: AsrStyle, rnd: () => number): string {
  const words = text
    .toLowerCase()
    .replace(/\b\d{1,3}\b(?![./:]\d)/g, (d) => (rnd() < 0.6 ? (numberWords(Number(d)) ?? d) : d))
    .replace(/[.?!;:,]+(?=\s|$)/g, (p) => (style === 'misplaced' && rnd() < 0.5 ? ` ${p[0]}` : ''))
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const out: string[] = [];
  for (const w of words) {
    const r = rnd();
    if (r < 0.02) out.push(FILLERS[Math.floor(rnd() * FILLERS.length)] ?? 'um');
    else if (r < 0.035 && /^[a-z']+$/.test(w)) out.push(w);
    out.push(w);
    // A comma or a full stop where the speaker only paused.
    if (style === 'misplaced' && /^[a-z']+$/.test(w) && rnd() < 0.03) out.push(rnd() < 0.5 ? ',' : '.');
  }
  return out.join(' ');
}

/** An ASR-like variant of an ACI-Bench dialogue ("[doctor] … \n[patient] …" lines). */
export function asrLikeDialogue(dialogue: string, seed: number, style: AsrStyle): string {
  const rnd = mulberry32(seed); // deterministic: a variant is the same on every run
  const turns = [...dialogue.matchAll(/\[([a-z_]+)\]\s*([^[]*)/gi)].map((m) => ({
    tag: m[1] ?? 'doctor',
    text: (m[2] ?? '').trim(),
  }));
  const lines: string[] = [];
  let open: { tag: string; text: string } | undefined;
  for (const turn of turns) {
    const text = asrText(turn.text, style, rnd);
    if (!text) continue;
    // One segment in four runs on into the next speaker's (labels are removed when drafted).
    if (open && rnd() < 0.25) open.text += ` ${text}`;
    else {
      if (open) lines.push(`[${open.tag}] ${open.text}`);
      open = { tag: turn.tag, text };
    }
  }
  if (open) lines.push(`[${open.tag}] ${open.text}`);
  return lines.join('\n');
}

/** Both ASR-like variants of every row (unpunctuated, then with misplaced punctuation). */
export function asrLikeRows(rows: readonly AciRow[]): AciRow[] {
  const styles: AsrStyle[] = ['unpunctuated', 'misplaced'];
  return styles.flatMap((style, s) =>
    rows.map((row, i) => ({
      ...row,
      encounter_id: `${row.encounter_id}-${style}`,
      dialogue: asrLikeDialogue(row.dialogue, 1000 * s + i + 1, style),
    })),
  );
}

// MTS-Dialog writes turns as "Doctor: … Patient: …" on one line.
const MTS_TAG = /(?:^|\s)(Doctor|Patient|Guest_family|Guest_clinician)(?:_\d+)?\s*:\s*/gi;

/**
 * An ASR-like variant of an MTS-Dialog dialogue ("Doctor: … Patient: …"), rewritten the same way as
 * the ACI-Bench ones and given back in MTS-Dialog's own form (the speaker names kept, as the
 * eval removes them before drafting).
 */
export function asrLikeMtsDialogue(dialogue: string, seed: number, style: AsrStyle): string {
  const bracketed = dialogue.replace(MTS_TAG, (_m, tag: string) => `\n[${tag.toLowerCase()}] `).trim();
  return asrLikeDialogue(bracketed, seed, style)
    .split('\n')
    .map((line) =>
      line.replace(/^\[([a-z_]+)\]\s*/, (_m, tag: string) => `${tag[0]?.toUpperCase()}${tag.slice(1)}: `),
    )
    .join('\n');
}
