import { sentenceStarts } from '../sentence-boundary/index.js';
import type { TranscriptSegment } from '../transcript.js';
import { endsMidClause } from './segment-cutoff.js';
import { wordCount } from './tokens.js';
import { asksByWording, type SentenceUnit } from './units.js';

// Shorter than this, a spoken unit is left whole.
const LONG_WORDS = 10;
// The drafter cuts at a lower boundary probability than the model's own threshold (0.4, chosen for
// precision), as long as no piece is left cut off mid-phrase (soundCuts): its cleaning drops or flags a
// piece that says nothing, while a missed boundary leaves a run-on. Chosen on ACI-Bench train drafts
// (0.4, 0.35, 0.3, 0.25 tried): 0.35 documents more than 0.4 (ASR drug recall 84.0 to 86.6 %); below
// it a finding said without a clinical word ("there is no warmth over the calf") is cut from the one
// that made it clinical, and lost.
export const DRAFT_CUT_THRESHOLD = 0.35;

// A mark of punctuation; a point inside a figure ("2.68", "1.5 mg") is none.
const PUNCTUATION = /[,?!;:]|\.(?!\d)/;

/** Segments written with no punctuation at all (speech recognition that adds none). */
export function unpunctuatedSegments(segments: readonly TranscriptSegment[]): Set<number> {
  return new Set(segments.filter((s) => !PUNCTUATION.test(s.text)).map((s) => s.seq));
}

// A piece cut off mid-phrase: ending on a word that needs more after it ("... and it does show"), or
// starting on one that needs something before it ("of ...", "than ...", "is ..."). Cheaper than the
// full prose check, which costs more than the rest of this step.
const cutOffPiece = (piece: string, isFirst: boolean) =>
  endsMidClause(piece) || (!isFirst && /^\s*(?:of|than|whom|whose|whether|is|are|was|were)\b/i.test(piece));
// A piece that opens on a phrase or a subordinate clause ("for the high blood pressure", "and if the
// strep test is positive", "because of the anxiety"): what follows is its main clause, not a new sentence.
const OPENS_NEXT =
  /^(?:(?:and|so|but|okay|ok|now|then|um|uh)\s+)*(?:for|because|with|without|after|before|since|if|when|whenever|while|once|unless|until|although|though|based on|due to|regarding|as for|as far as|in terms of|on|in|given|considering)\b/i;

/**
 * The cuts that leave no piece cut off mid-phrase ("based on the exam and from what |"), nor a phrase
 * or subordinate clause cut from its main clause ("for the high blood pressure | we will keep..."),
 * taken left to right: a cut whose piece before it, or after it up to the next cut, is one is not made.
 */
// A verb of finding or reporting and what it found, never cut apart ("i do not appreciate | any
// murmurs", "the x-ray showed | a small fracture").
const SEES =
  /\b(?:appreciate|see|hear|feel|notice|note|palpate|find|found|have|has|had|deny|denies|report|reports|show|shows|showed|reveal|reveals|revealed)\s*$/i;
const WHAT_SEEN = /^\s*(?:any|a|an|some|no|the|these|those|mild|moderate|severe|trace|slight|significant)\b/i;
// An act on something named and what was found of it ("let me check your blood pressure again |
// it's still high"): the finding needs the act's words for what "it" is.
const ACT_ON_PART =
  /\b(?:let me|let's|let us|i'm going to|i am going to|i'm gon na|i'm gonna|i'll|i will|i want to|i'd like to)\s+(?:[\w-]+\s+){0,5}?(?:his|her|their|your|the)\s+(?:[\w-]+\s+){0,2}[\w-]+(?:\s+(?:again|please|now|here|first|too|quickly|for me))*\s*$/i;
const FOUND_OF_IT = /^\s*(?:it|they)(?:'s|'re|\s+(?:is|are|was|were|feels?|looks?|sounds?|seems?))\b/i;
// An exam named before its findings ("... on your belly exam | it is soft"): it opens what follows.
const EXAM_LEAD = /\bon (?:his|her|their|your|the) (?:[a-z-]+ )?exam(?:ination)?\s*$/i;

function soundCuts(text: string, starts: readonly number[]): number[] {
  const kept: number[] = [];
  let from = 0;
  const sound = (at: number, upTo: number) => {
    const before = text.slice(from, at);
    const after = text.slice(at, upTo);
    return !(
      OPENS_NEXT.test(before.trim()) ||
      cutOffPiece(before, from === 0) ||
      cutOffPiece(after, false) ||
      (SEES.test(before) && WHAT_SEEN.test(after)) ||
      (ACT_ON_PART.test(before) && FOUND_OF_IT.test(after))
    );
  };
  starts.forEach((said, i) => {
    const upTo = starts[i + 1] ?? text.length;
    // The exam named before the cut goes with the findings after it, where the words before it
    // still end soundly; else the cut stays where the model put it.
    const lead = EXAM_LEAD.exec(text.slice(from, said));
    const moved = lead && lead.index > 0 ? from + lead.index : undefined;
    const at = moved !== undefined && sound(moved, upTo) ? moved : said;
    if (!sound(at, upTo)) return;
    kept.push(at);
    from = at;
  });
  return kept;
}

/**
 * A long unit of a segment said without punctuation ("he first noticed it when his shoes were too
 * tight he felt some burning ...") as the sentences the learned boundary model finds in it, each
 * with exact offsets into the same segment; anything else as is. A piece asks a question when its
 * wording does.
 */
export function unpunctuatedSentences(unit: SentenceUnit, unpunctuated: ReadonlySet<number>): SentenceUnit[] {
  if (!unpunctuated.has(unit.seq) || wordCount(unit.text) < LONG_WORDS) return [unit];
  const starts = soundCuts(unit.text, sentenceStarts(unit.text, DRAFT_CUT_THRESHOLD));
  if (starts.length === 0) return [unit];
  const bounds = [0, ...starts, unit.text.length];
  const out: SentenceUnit[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const raw = unit.text.slice(from, bounds[i + 1] ?? unit.text.length);
    const text = raw.trim();
    if (!text) continue;
    const start = unit.start + from + (raw.length - raw.trimStart().length);
    out.push({ ...unit, start, end: start + text.length, text, isQuestion: asksByWording(text) });
  }
  return out;
}
