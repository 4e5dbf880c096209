import type { NoteContent } from '../../../shared/clinical/note.js';
import { cleanSpeech } from '../../../shared/clinical/offline/clean-speech.js';
import { type ProseDefect, proseDefects } from '../../../shared/clinical/quality/prose-defects.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { drugsIn, numbersIn, recallCounts } from './metrics.js';
import { referenceSentences } from './reference-sentences.js';
import { rougeL, rougeN } from './rouge.js';

/** Sums over encounters; ratios are computed when printed. */
export interface ScoreTotals {
  notes: number;
  r1: number;
  r2: number;
  rl: number;
  /** [found in draft, in reference] */
  numberRecall: [number, number];
  /** [in draft but not in the transcript, in draft] */
  numberHallucinated: [number, number];
  drugRecall: [number, number];
  drugHallucinated: [number, number];
  /** [sentences with a prose defect (flagged for review or not), sentences] */
  defects: [number, number];
  /** [sentences flagged for review, sentences] */
  flagged: [number, number];
  /** [sentences with a prose defect shipped without a review flag, sentences] */
  silent: [number, number];
  /** Sentences with something to document that the drafter dropped as conversation. */
  dropped: number;
  /** [reference-note sentences with a prose defect, reference-note sentences] */
  referenceDefects: [number, number];
  /** A few defective drafted sentences with their kinds, for reading (public data only). */
  examples: string[];
  /** Defective drafted sentences per kind of defect (a sentence counts once under each of its kinds). */
  kinds: Partial<Record<ProseDefect, number>>;
  /** Every defective drafted sentence with its kinds, when the caller asks to dump them (train only). */
  all?: string[];
  /** [drafts with an empty assessment and plan, references that have one] */
  emptyAp: [number, number];
  /** [sentences whose speaker role is right, sentences] */
  roles: [number, number];
  /** [sentences with a content word absent from their evidence, sentences] */
  unsupported: [number, number];
}

export const zeroTotals = (): ScoreTotals => ({
  notes: 0,
  r1: 0,
  r2: 0,
  rl: 0,
  numberRecall: [0, 0],
  numberHallucinated: [0, 0],
  drugRecall: [0, 0],
  drugHallucinated: [0, 0],
  defects: [0, 0],
  flagged: [0, 0],
  silent: [0, 0],
  dropped: 0,
  referenceDefects: [0, 0],
  examples: [],
  kinds: {},
  emptyAp: [0, 0],
  roles: [0, 0],
  unsupported: [0, 0],
});

const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];

function hallucinated(candidate: Set<string>, source: Set<string>): [number, number] {
  let missing = 0;
  for (const x of candidate) if (!source.has(x)) missing++;
  return [missing, candidate.size];
}

/** One drafted sentence as the prose checker sees it. */
export interface DraftedSentence {
  text: string;
  /** Flagged by the drafter for review before signing. */
  review?: boolean;
  /** A heading (a chief complaint in its own section): a bare noun phrase is fine. */
  heading?: boolean;
}

const EXAMPLES = 8;

export interface ScoreInput {
  draftText: string;
  /** Drafted sentences checked for prose defects. */
  sentences: readonly DraftedSentence[];
  /** Sentences the drafter dropped as conversation, when it says. */
  dropped?: number;
  reference: string;
  segments: readonly TranscriptSegment[];
  drugNames: ReadonlySet<string>;
  /** Whether the draft's assessment/plan is empty; undefined when not applicable (MTS sections). */
  apEmpty?: boolean;
  roles?: [number, number];
  unsupported?: [number, number];
}

/** Add one encounter's scores to the totals. */
export function scoreNote(t: ScoreTotals, input: ScoreInput): void {
  const { draftText, reference } = input;
  t.notes++;
  t.r1 += rougeN(draftText, reference, 1).f1;
  t.r2 += rougeN(draftText, reference, 2).f1;
  t.rl += rougeL(draftText, reference).f1;
  const transcript = input.segments.map((s) => `${s.text} ${cleanSpeech(s.text)}`).join(' ');
  const draftNumbers = numbersIn(draftText);
  const draftDrugs = drugsIn(draftText, input.drugNames);
  t.numberRecall = add(t.numberRecall, recallCounts(numbersIn(reference), draftNumbers));
  t.numberHallucinated = add(t.numberHallucinated, hallucinated(draftNumbers, numbersIn(transcript)));
  t.drugRecall = add(t.drugRecall, recallCounts(drugsIn(reference, input.drugNames), draftDrugs));
  t.drugHallucinated = add(
    t.drugHallucinated,
    hallucinated(draftDrugs, drugsIn(transcript, input.drugNames)),
  );
  let bad = 0;
  let silent = 0;
  for (const s of input.sentences) {
    const kinds: ProseDefect[] = proseDefects(s.text, { heading: s.heading === true });
    if (kinds.length === 0) continue;
    bad++;
    if (!s.review) silent++;
    for (const k of kinds) t.kinds[k] = (t.kinds[k] ?? 0) + 1;
    t.all?.push(`[${kinds.join(', ')}${s.review ? '; flagged' : ''}] ${s.text}`);
    // Spread the examples over the notes: at most one per note until the list is full.
    if (t.examples.length < EXAMPLES && t.examples.length < t.notes)
      t.examples.push(`[${kinds.join(', ')}${s.review ? '; flagged' : ''}] ${s.text.slice(0, 160)}`);
  }
  t.defects = add(t.defects, [bad, input.sentences.length]);
  t.silent = add(t.silent, [silent, input.sentences.length]);
  t.flagged = add(t.flagged, [input.sentences.filter((s) => s.review).length, input.sentences.length]);
  t.dropped += input.dropped ?? 0;
  for (const r of referenceSentences(reference))
    t.referenceDefects = add(t.referenceDefects, [
      proseDefects(r.text, { heading: r.heading }).length > 0 ? 1 : 0,
      1,
    ]);
  if (input.apEmpty !== undefined && /\b(ASSESSMENT|PLAN)\b/.test(reference))
    t.emptyAp = add(t.emptyAp, [input.apEmpty ? 1 : 0, 1]);
  if (input.roles) t.roles = add(t.roles, input.roles);
  if (input.unsupported) t.unsupported = add(t.unsupported, input.unsupported);
}

/** Defect kinds, commonest first, as "kind n" pairs for one printed line. */
export function formatKinds(t: ScoreTotals): string {
  return Object.entries(t.kinds)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** Whether a drafted note has nothing under its assessment and plan sections. */
export function assessmentPlanEmpty(content: NoteContent): boolean {
  return content.sections
    .filter((s) => /assessment|plan/i.test(`${s.id} ${s.title}`))
    .every((s) => s.sentences.every((x) => !x.text.trim()));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const ratio = ([a, b]: [number, number]) => (b ? pct(a / b) : '     -');

export const TABLE_HEADER =
  'condition                    n    R-1    R-2    R-L  num-rec num-hal drug-rec drug-hal  defect% unflag-d% flagged% dropped ref-def%  emptyA/P  role-acc  unsup%';

/** One printed row of the comparison table. */
export function formatRow(label: string, t: ScoreTotals): string {
  const n = t.notes || 1;
  const emptyAp = t.emptyAp[1] ? `${t.emptyAp[0]}/${t.emptyAp[1]}`.padStart(8) : '       -';
  return `${label.padEnd(26)} ${String(t.notes).padStart(3)} ${pct(t.r1 / n)} ${pct(t.r2 / n)} ${pct(t.rl / n)}   ${ratio(t.numberRecall)}  ${ratio(t.numberHallucinated)}   ${ratio(t.drugRecall)}   ${ratio(t.drugHallucinated)}   ${ratio(t.defects)}    ${ratio(t.silent)}   ${ratio(t.flagged)} ${String(t.dropped).padStart(7)}   ${ratio(t.referenceDefects)}  ${emptyAp}    ${ratio(t.roles)}  ${ratio(t.unsupported)}`;
}
