import { allMatches } from './all-matches.js';
import { wordCount } from './tokens.js';
import type { SentenceUnit } from './units.js';

// A long spoken run-on ("there is no effusion she does have some tenderness I will order an x-ray
// and we will see her back in 2 weeks") holds several statements; each is documented, rewritten
// or flagged on its own. Cut before a new subject that starts a statement of its own, or an exam
// named before its findings (also as said to the patient: "on your knee exam").
const CLAUSE_START =
  /(?<!\b(?:as|when|while|if|because|since|before|after|until|once|whether))\s(?=(?:(?:and|so|but|then|now|also)\s+)?(?:i(?: will|'ll| am|'m| want| would|'d| think| do| don't| do not| did| have| had| can| just| also| was| need| know| see| hear| appreciate| feel| checked| reviewed| looked| went| measured| pulled| sent| gave| got| spoke| talked| called| examined| noticed| listened| palpated)|let(?:'s| me| us)|here(?:'s| is| are)|we(?: will|'ll| are|'re| can| did| have| had| need| want| should| got| talked| discussed)|(?:she|he|they)(?:'s| is| has| does| did| was| will| said| says| can| had| reports| denies| should)|what (?:i|we)\b|there (?:is|are|was|were)|(?:on|for) (?:her|his|their|your|the) (?:\w+ )?exam\b|for (?:her|his|their) (?:first|second|third|next|last|other)\b|(?:her|his|their|your) (?:\w+ )?(?:exam|x-ray|labs?|blood pressure|a1c) (?:is|was|shows?|showed)))\b/gi;
// Shorter than this, a sentence is left whole; each cut leaves at least MIN_WORDS on either side.
const LONG_WORDS = 18;
const MIN_WORDS = 5;

/**
 * A long sentence unit as its clauses, each with exact offsets into the same segment; a short
 * one as is. Only the last clause keeps the unit's question mark.
 */
export function splitClauses(unit: SentenceUnit): SentenceUnit[] {
  if (wordCount(unit.text) <= LONG_WORDS) return [unit];
  const cuts: number[] = [];
  let last = 0;
  for (const m of allMatches(CLAUSE_START, unit.text)) {
    const at = m.index + 1;
    if (wordCount(unit.text.slice(last, at)) >= MIN_WORDS && wordCount(unit.text.slice(at)) >= MIN_WORDS) {
      cuts.push(at);
      last = at;
    }
  }
  if (cuts.length === 0) return [unit];
  const bounds = [0, ...cuts, unit.text.length];
  const out: SentenceUnit[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? unit.text.length;
    const raw = unit.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[\s,;:]+$/, '');
    if (!text) continue;
    const start = unit.start + from + lead;
    out.push({
      ...unit,
      start,
      end: start + text.length,
      text,
      isQuestion: i + 2 === bounds.length ? unit.isQuestion : /\?$/.test(text),
    });
  }
  return out;
}
