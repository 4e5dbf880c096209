import { allMatches } from './all-matches.js';
import { memoizedInDraft } from './draft-memo.js';
import { isSpokenDecimalPoint } from './spoken-decimals.js';
import { wordCount } from './tokens.js';

/** A sentence as a character range [start, end) of its segment text, without surrounding spaces. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** The terminal punctuation ('.', '?', '!') or '' when the text just ends. */
  terminator: string;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'e.g', 'i.e', 'etc', 'approx']);
// ASR turns without punctuation can run for hundreds of words; cut them at discourse markers so a
// sentence stays a reviewable unit of evidence.
const MAX_WORDS = 30;
const RUN_ON_BREAK =
  /\s(?:so|and then|and also|but|okay|alright|all right|now|and on|i also|i then|we will|i will|i want|this means|there is no|because)\s/gi;

/**
 * Split text into sentences with exact offsets. Handles ACI-Bench tokenised text (" . ") as well as
 * ordinary prose; decimals (98.6) and common abbreviations (Dr.) do not end a sentence.
 */
export const splitSentences: (text: string) => readonly SentenceSpan[] = memoizedInDraft(splitSentencesOnce);

/**
 * splitSentences without the draft's memory: the drafter splits each segment's text into units and
 * code suggestion splits it again for each kind of mention it reads, so inside a draft (and the code
 * suggestion run with it) a text is split once. The spans are shared: callers never change them.
 */
function splitSentencesOnce(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const re = /[.?!]+(?=\s|$)/g;
  for (const m of allMatches(re, text)) {
    const before = text.slice(start, m.index);
    const lastWord = /([a-z.]+)$/i.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0] === '.' && ABBREVIATIONS.has(lastWord) && /\S$/.test(before)) continue;
    if (m[0] === '.' && isSpokenDecimalPoint(text, m.index)) continue;
    pushTrimmed(text, start, m.index, m[0].slice(-1), spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, '', spans);
  return spans.flatMap((s) => splitRunOn(text, s));
}

function pushTrimmed(
  text: string,
  start: number,
  end: number,
  terminator: string,
  out: SentenceSpan[],
): void {
  let s = start;
  let e = end;
  // Leading punctuation left over from tokenised text (", so ...") is not part of the sentence.
  while (s < e && /[\s,;:-]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:-]/.test(text[e - 1] ?? '')) e--;
  if (e > s && /[a-z0-9]/i.test(text.slice(s, e))) out.push({ start: s, end: e, terminator });
}

function splitRunOn(text: string, span: SentenceSpan): SentenceSpan[] {
  const body = text.slice(span.start, span.end);
  if (wordCount(body) <= MAX_WORDS) return [span];
  const cuts: number[] = [];
  let lastCut = 0;
  for (const m of allMatches(RUN_ON_BREAK, body)) {
    const wordsSince = wordCount(body.slice(lastCut, m.index));
    if (wordsSince >= 8) {
      cuts.push(m.index);
      lastCut = m.index;
    }
  }
  if (cuts.length === 0) return [span];
  const out: SentenceSpan[] = [];
  let s = span.start;
  for (const cut of cuts) {
    pushTrimmed(text, s, span.start + cut, '', out);
    s = span.start + cut;
  }
  pushTrimmed(text, s, span.end, span.terminator, out);
  return out;
}
