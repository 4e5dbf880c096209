import type { Evidence } from '../evidence.js';
import { hasProseDefect } from '../quality/prose-defects.js';
import { allMatches } from './all-matches.js';
import { contentWords } from './classify.js';
import { qualifiesTranslation } from './translated-qualifiers.js';
import type { AssessedProblem, Fact, ProblemMention } from './types.js';

// Naming an assessed problem as a clinician writes it: which of the problems a sentence mentions is
// the one assessed, with the qualifiers said before it ("right lower lobe pneumonia").

// Lexicon terms too vague to head a problem of their own ("pain", "swelling"): what they are about
// is the problem, and the sentence stays with the problem being discussed.
const TOO_VAGUE = new Set([
  'pain',
  'swelling',
  'tenderness',
  'bruising',
  'effusion',
  'wound',
  'stress',
  'prostate',
  'cholesterol',
  'murmur',
  'edema',
]);

// Words that name no problem: "Of: her sore throat", "Sounds like: this is for her" lead with them.
const NOT_A_NAME =
  /^(?:of|for|with|like|sounds|seems|looks|to|in|on|at|and|or|but|so|as|the|his|her|their|your|my|a|an|this|that|it|is|about|regarding|also|then|now|next|first|second|third|last|final|other|problem|issue)$/i;

/** Whether words could name a problem: something besides function words, no "I", "we" or "you". */
export function namesAProblem(words: string): boolean {
  const said = words
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
  return said.some((w) => !NOT_A_NAME.test(w)) && !said.some((w) => /^(?:i|we|you|i'm|we'll)$/.test(w));
}

export const within = (inner: Evidence, outer: readonly Evidence[]) =>
  outer.some((o) => o.seq === inner.seq && inner.start >= o.start && inner.end <= o.end);

// "Given the fever and crackles, this is most likely pneumonia": the problem after the words that
// conclude is the one assessed, not the findings cited for it.
const CONCLUDES =
  /\b(?:most likely|likely|probably|consistent with|suggestive of|suggests|diagnos\w*|this is|that is|it is|looks like|sounds like|have|has)\b/gi;

const VERBS = /^(?:strain|sprain|fracture|cough|stress|bruise)$/i;

/** "Strain his urine", "sprain it": the term used as a verb, naming no problem (a "strainer" is no strain). */
function asVerb(term: string, text: string): boolean {
  if (!VERBS.test(term.trim())) return false;
  const uses = [...text.matchAll(new RegExp(`\\b${term.trim()}\\b(?=\\s+(\\w+))`, 'gi'))];
  return (
    uses.length > 0 &&
    uses.every((m) => /^(?:his|her|their|the|your|my|it|them|this|that)$/i.test(m[1] ?? ''))
  );
}

/** The problem a sentence asserts (not one it rules out), as a clinician names it. */
export function problemNamedIn(
  fact: Fact,
  mentions: readonly ProblemMention[],
  segmentText: (seq: number) => string | undefined,
): AssessedProblem | undefined {
  const named = mentions.filter(
    (m) =>
      (m.assertion === 'present' || m.assertion === 'possible') &&
      !TOO_VAGUE.has(m.normalized) &&
      m.evidence.every((e) => within(e, fact.evidence)) &&
      !asVerb(m.text, fact.text),
  );
  const lower = fact.text.toLowerCase();
  const concluded = allMatches(CONCLUDES, lower).at(-1);
  const after = concluded?.index ?? -1;
  const chosen =
    (after >= 0 ? named.find((m) => lower.indexOf(m.text.toLowerCase(), after) >= 0) : undefined) ?? named[0];
  if (!chosen) return undefined;
  // "Kidney stones" as said; "CHF" or "high blood pressure" as a clinician writes it.
  const spoken = chosen.text.toLowerCase();
  const term = spoken.startsWith(chosen.normalized) ? spoken : chosen.normalized;
  const qualified = withQualifiers(term, chosen.evidence, segmentText, term !== spoken);
  const name = `${qualified.name.charAt(0).toUpperCase()}${qualified.name.slice(1)}`;
  return { name, evidence: qualified.evidence, key: chosen.normalized };
}

// Words said before a problem that are no part of its name ("history of", "likely", "injured", "what
// we call"; a
// size, "a five millimeter kidney stone": the size is a finding, never the problem's name).
const NOT_A_QUALIFIER =
  /^(?:history|call|called|calls|termed|named|likely|probably|possibly|possible|also|still|just|really|having|has|have|had|injured|treating|managing|about|regarding|new|known|this|that|today|some|bit|little|sorry|causes?|causing|caused|okay|well|like|from|due|because|common|plus|one|two|three|four|five|six|seven|eight|nine|ten|\d+|centimet(?:er|re)s?|millimet(?:er|re)s?|cm|mm|inch(?:es)?)$/i;

/**
 * "Strain" said as "an acute lumbar, strain" named "acute lumbar strain": up to three words just
 * before the term that qualify it, the heading's evidence widened to cover them. For a `translated`
 * lay term, only the words that qualify any problem (translated-qualifiers.ts).
 */
function withQualifiers(
  term: string,
  evidence: readonly Evidence[],
  segmentText: (seq: number) => string | undefined,
  translated = false,
): AssessedProblem {
  const [first, ...rest] = evidence;
  const text = first && segmentText(first.seq);
  if (!first || !text || rest.length > 0) return { name: term, evidence: [...evidence] };
  const before = text.slice(Math.max(0, first.start - 60), first.start);
  const run = /((?:[A-Za-z0-9][\w-]*,?\s+){1,3})$/.exec(before)?.[1] ?? '';
  const words = run.split(/[,\s]+/).filter(Boolean);
  let keep = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (NOT_A_QUALIFIER.test(w) || (contentWords(w).length === 0 && !/^(?:right|left)$/i.test(w))) break;
    // Said of the lay words the name translates ("middle" ear): no part of the clinical name.
    if (translated && !qualifiesTranslation(w)) break;
    keep++;
  }
  if (keep === 0) return { name: term, evidence: [...evidence] };
  const kept = words.slice(words.length - keep);
  // Where the first kept word starts: search the run from its end for each word in turn.
  let start = first.start;
  for (const w of [...kept].reverse()) start = text.lastIndexOf(w, start - 1);
  const name = `${kept.join(' ').toLowerCase()} ${term}`;
  // "Knee knee pain", a filler said before the term: the term alone is the better name.
  if (start < 0 || hasProseDefect(name, { heading: true })) return { name: term, evidence: [...evidence] };
  return { name, evidence: [{ ...first, start }] };
}
